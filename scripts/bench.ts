/**
 * `npm run bench`: how fast Folio compiles a real export, and the budgets of a built page.
 * Numbers are printed and compared with the budgets, never asserted (speed on a shared
 * machine is no test result).
 *
 *   FOLIO_POSTS=path npx tsx scripts/bench.ts   # default: the sysdig corpus
 *   npx tsx scripts/bench.ts --no-lighthouse
 *
 * 1. Compile: every post of the folder, single-threaded, posts/s and peak memory.
 * 2. Build: a production build of that folder; the JS a post page loads in Chromium (gzip),
 *    CSS size.
 * 3. Lighthouse 12 (mobile, simulated throttling) on a post page served by `vite preview`,
 *    with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium): the four scores, LCP,
 *    CLS and TBT, each against its budget.
 */
import react from '@vitejs/plugin-react';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { compilePost } from '../src/compiler/compile-post.ts';
import { formatDiagnostic } from '../src/compiler/diagnostic.ts';
import { readPostFiles } from '../src/compiler/read-posts.ts';
import { siteOutputs } from '../src/compiler/site-outputs.ts';
import type { Post } from '../src/content/post-schema.ts';
import { folio } from '../src/vite-plugin/folio-plugin.ts';

// A post page's budgets (README "Performance and scale"): React DOM alone is about 60 KB of
// the script; code a post page does not need loads when first used.
const BUDGET = {
  jsGzip: 120 * 1024,
  cssGzip: 14 * 1024,
  score: 100,
  lcpMs: 1000,
  tbtMs: 50,
  cls: 0,
};
const { values } = parseArgs({ options: { 'no-lighthouse': { type: 'boolean', default: false } } });
const postsDir = path.resolve(process.env.FOLIO_POSTS ?? '../shared/corpus/sysdig');
const root = path.resolve(import.meta.dirname, '..');
const mark = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. Compile.
const started = performance.now();
const inputs = await readPostFiles(postsDir);
const posts: Post[] = [];
let failed = 0;
for (const input of inputs) {
  const result = await compilePost(input, { origin: 'https://blog.example.com', timeZone: 'UTC' });
  if (result.ok) posts.push(result.post);
  else {
    failed++;
    for (const error of result.errors) console.error(formatDiagnostic(error));
  }
}
const outputs = siteOutputs(posts, { pageSize: 20, includeDrafts: false });
const seconds = (performance.now() - started) / 1000;
console.log(`folder       ${postsDir}`);
console.log(`posts        ${inputs.length} (${failed} failed), ${outputs.files.size} JSON files`);
console.log(
  `compile      ${seconds.toFixed(2)} s, ${(inputs.length / seconds).toFixed(1)} posts/s`,
);
console.log(`peak memory  ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// 2. Build, with broken posts skipped so any export can be measured.
const outDir = await mkdtemp(path.join(tmpdir(), 'folio-bench-'));
const cacheDir = await mkdtemp(path.join(tmpdir(), 'folio-bench-cache-'));
// The seed post when the folder has it (the sysdig corpus does), else the middle post.
const published = posts.filter((post) => !post.draft);
const samplePath =
  published.find((post) => post.id === 6088)?.path ??
  published[Math.floor(published.length / 2)]?.path ??
  '/';
try {
  const good = await mkdtemp(path.join(tmpdir(), 'folio-bench-posts-'));
  const { copyFile } = await import('node:fs/promises');
  const okFiles = new Set(posts.map((post) => post.source));
  for (const input of inputs) {
    if (okFiles.has(input.file))
      await copyFile(input.file, path.join(good, path.basename(input.file)));
  }
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), folio({ posts: good, origin: 'https://blog.example.com', cacheDir })],
    build: { outDir, emptyOutDir: true },
  });
  await rm(good, { recursive: true, force: true });

  const html = await readFile(path.join(outDir, samplePath.slice(1), 'index.html'), 'utf8');
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [folio({ origin: 'https://blog.example.com' })],
    build: { outDir },
    preview: { port: 4499, host: '127.0.0.1', strictPort: false },
  });
  const url = `${server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4499/'}${samplePath.slice(1)}`;
  try {
    // The JavaScript the page really loads, in Chromium: its entry, and the app the entry
    // imports after the first paint (a static scan of the HTML would miss that).
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking'],
    });
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((pathname) => pathname.endsWith('.js')),
    );
    await browser.close();
    const sizes = await Promise.all(
      scripts.map(async (src) => ({
        src,
        gzip: gzipSync(await readFile(path.join(outDir, src.slice(1)))).length,
      })),
    );
    const jsGzip = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
      .map((m) => m[1] ?? '')
      .join('');
    const cssFiles = (await readdir(path.join(outDir, 'assets'))).filter((f) => f.endsWith('.css'));
    console.log(`post page    ${samplePath}`);
    console.log(
      `JS loaded    ${kb(jsGzip)} gzip in ${scripts.length} file(s) (budget ${kb(BUDGET.jsGzip)}: ${mark(jsGzip <= BUDGET.jsGzip)})`,
    );
    for (const { src, gzip } of sizes.sort((a, b) => b.gzip - a.gzip)) {
      console.log(`  ${kb(gzip).padStart(9)}  ${src}`);
    }
    console.log(
      `CSS          ${kb(inlineCss.length)} inlined, ${kb(gzipSync(inlineCss).length)} gzip, ${cssFiles.length} stylesheet file(s) linked from the page: ${html.includes('rel="stylesheet"') ? 'yes' : 'none'} (${mark(gzipSync(inlineCss).length <= BUDGET.cssGzip)})`,
    );
    const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    const unsized = images.filter((tag) => !/\swidth="/.test(tag) || !/\sheight="/.test(tag));
    console.log(
      `images       ${images.length} in the page, ${unsized.length} without width/height (layout shift risk)`,
    );

    // 3. Lighthouse.
    if (!values['no-lighthouse']) {
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        chromeFlags: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
        ],
      });
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result?.lhr;
        if (lhr) {
          console.log(`lighthouse   ${url} (mobile, simulated throttling)`);
          for (const category of Object.values(lhr.categories)) {
            const score = Math.round((category.score ?? 0) * 100);
            console.log(`  ${category.title.padEnd(15)} ${score} (${mark(score >= BUDGET.score)})`);
          }
          const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
          const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
          console.log(
            `  LCP             ${(lcp / 1000).toFixed(2)} s (budget 1.0 s: ${mark(lcp <= BUDGET.lcpMs)})`,
          );
          console.log(`  CLS             ${cls.toFixed(3)} (budget 0: ${mark(cls <= BUDGET.cls)})`);
          const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
          const fid = lhr.audits['max-potential-fid']?.numericValue ?? NaN;
          console.log(
            `  TBT             ${tbt.toFixed(0)} ms (budget ${BUDGET.tbtMs} ms: ${mark(tbt <= BUDGET.tbtMs)}; longest task ${fid.toFixed(0)} ms)`,
          );
          const failing = Object.values(lhr.audits).filter(
            (audit) =>
              audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
          );
          for (const audit of failing) console.log(`  to fix: ${audit.id}: ${audit.title}`);
        }
      } finally {
        await chrome.kill();
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
}
