/**
 * Dev preview benchmark (`npm run bench:dev`): for generated blogs of N posts, how long the
 * dev server takes from start to serving the index (cold start on a new folder, and a restart
 * that finds the header cache), and, in Chromium, how long
 * a saved post takes to show on the open page (median of 20 edits). Numbers are printed,
 * never asserted.
 *
 *   npx tsx scripts/bench-dev.ts                 # N = 1,000 and 10,000
 *   npx tsx scripts/bench-dev.ts --count 1000    # any N (repeatable flag)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { generatePost, writePosts } from './generate-posts.ts';

const EDITS = 20;
const { values } = parseArgs({ options: { count: { type: 'string', multiple: true } } });
const counts = (values.count ?? ['1000', '10000']).map(Number);

async function waitFor(url: string): Promise<void> {
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts the dev server and waits until it serves the index: the time an author waits. */
async function startServer() {
  const started = performance.now();
  const server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  await waitFor(`${origin}/folio-data/v1/index/1.json`);
  return { server, origin, seconds: (performance.now() - started) / 1000 };
}

async function run(count: number): Promise<void> {
  const postsDir = path.join(tmpdir(), `folio-bench-dev-${count}`);
  await writePosts(count, postsDir);
  process.env.FOLIO_POSTS = postsDir;

  // First start on a folder never seen, then a restart that finds the header cache.
  const first = await startServer();
  await first.server.close();
  const { server, origin, seconds: restart } = await startServer();
  const coldStart = first.seconds;

  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking'],
  });
  const page = await browser.newPage();
  const file = path.join(postsDir, generatePost(0).name);
  const original = await readFile(file, 'utf8');
  await page.goto(`${origin}/blog/post-0/`);
  await page.getByRole('heading', { level: 1 }).waitFor();

  const latencies: number[] = [];
  for (let edit = 1; edit <= EDITS; edit++) {
    const marker = `Edit number ${edit} is here.`;
    // The page notes, by the machine's clock, when the marker first appears in the article.
    await page.evaluate((text) => {
      const seen = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('article')?.textContent?.includes(text)) {
            observer.disconnect();
            resolve(Date.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      Object.assign(window, { folioSeen: seen });
    }, marker);
    const saved = Date.now();
    await writeFile(file, original.replace(/\n---\n/, `\n---\n${marker}\n\n`));
    const visible = await page.evaluate(() =>
      'folioSeen' in window && window.folioSeen instanceof Promise ? window.folioSeen : 0,
    );
    latencies.push(Number(visible) - saved);
  }
  await writeFile(file, original);
  await browser.close();
  await server.close();

  latencies.sort((a, b) => a - b);
  const median = ((latencies[9] ?? 0) + (latencies[10] ?? 0)) / 2;
  console.log(
    `${String(count).padStart(6)} posts  cold start ${coldStart.toFixed(2)} s  restart ${restart.toFixed(2)} s  ` +
      `save-to-visible median ${median.toFixed(0)} ms (min ${latencies[0]}, max ${latencies.at(-1)})`,
  );
}

for (const count of counts) await run(count);
