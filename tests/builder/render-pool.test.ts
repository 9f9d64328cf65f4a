import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { readPostFiles } from '../../src/compiler/read-posts.ts';
import { planSiteData } from '../../src/compiler/site-outputs.ts';
import { metaContentSecurityPolicy } from '../../src/compiler/site/security-headers.ts';
import { embedPageFile, oembedFile } from '../../src/compiler/site/oembed.ts';
import { postDataFile } from '../../src/content/data-paths.ts';
import type { Post } from '../../src/content/post-schema.ts';
import { buildPrerenderer } from '../../src/vite-plugin/build-prerenderer.ts';
import type { PrerenderBundle } from '../../src/builder/prerender-bundle.ts';
import { createPageTemplate } from '../../src/builder/compose-page.ts';
import { resolveFolioOptions } from '../../src/vite-plugin/folio-options.ts';
import { createInlineRunner, type PageJob } from '../../src/builder/page-files.ts';
import { createPooledRunner } from '../../src/builder/render-pool.ts';
import { createWorkerPool } from '../../src/builder/worker-pool.ts';
import { createSiteWriter } from '../../src/builder/site-writer.ts';
import { filesOf } from '../vite-plugin/build-site.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixture = path.join(repo, 'tests/vite-plugin/fixtures/site-ok');
const { site } = resolveFolioOptions(
  { posts: path.join(fixture, 'posts'), origin: 'https://blog.example.com', timeZone: 'UTC' },
  {},
);
const indexHtml =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>x</title></head>' +
  '<body><div id="root"></div><script type="module" src="/assets/boot.js"></script></body></html>';
const dirs: string[] = [];
let prerenderer: PrerenderBundle & { dispose(): Promise<void> };
let jobs: PageJob[];

async function temporaryDir(prefix: string, parent = tmpdir()): Promise<string> {
  const dir = await mkdtemp(path.join(parent, prefix));
  dirs.push(dir);
  return dir;
}

beforeAll(async () => {
  const posts: Post[] = [];
  for (const input of await readPostFiles(path.join(fixture, 'posts'))) {
    const result = await compilePost(input, { origin: site.origin, timeZone: site.timeZone });
    if (result.ok) posts.push(result.post);
  }
  const plan = planSiteData(posts, {
    pageSize: site.pageSize,
    includeDrafts: false,
    now: Date.now(),
  });
  jobs = [
    ...plan.posts.map((post): PageJob => ({ kind: 'post', post })),
    ...plan.pages.map((page): PageJob => ({ kind: 'listing', page })),
    { kind: 'not-found' },
  ];
  prerenderer = await buildPrerenderer({
    root: repo,
    mode: 'production',
    site,
  });
}, 60_000);

afterAll(async () => {
  await prerenderer.dispose();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the render pool', () => {
  it('writes the same files, byte for byte, as rendering in this thread', async () => {
    const stylesheets = new Map([['/assets/style.css', 'body{color:#111}']]);
    const template = createPageTemplate(indexHtml, {
      lang: site.locale,
      stylesheets,
      csp: metaContentSecurityPolicy,
    });
    const inlineDir = await temporaryDir('folio-inline-');
    const inline = createInlineRunner({
      site,
      prerender: prerenderer.prerender,
      template,
      writer: createSiteWriter(inlineDir),
    });
    const inlineFiles = await Promise.all(jobs.map((job) => inline.run(job)));

    const pooledDir = await temporaryDir('folio-pooled-');
    const pool = createWorkerPool(2);
    const runner = createPooledRunner(pool, {
      bundle: prerenderer.bundle,
      buildId: prerenderer.buildId,
      site,
      indexHtml,
      stylesheets: [...stylesheets],
      outDir: pooledDir,
    });
    try {
      const pooledFiles = await Promise.all(jobs.map((job) => runner.run(job)));
      expect(pooledFiles).toEqual(inlineFiles);
    } finally {
      await pool.close();
    }

    const expected = await filesOf(inlineDir);
    expect(expected.size).toBeGreaterThan(jobs.length);
    expect(expected.get('blog/first/index.html')).toContain('<h1');
    expect(await filesOf(pooledDir)).toEqual(expected);
  }, 60_000);

  it('names the page and its source file when a job fails', async () => {
    const pool = createWorkerPool(1);
    const runner = createPooledRunner(pool, {
      bundle: prerenderer.bundle,
      buildId: prerenderer.buildId,
      site,
      indexHtml,
      stylesheets: [],
      outDir: await temporaryDir('folio-failing-'),
    });
    const first = jobs.find((job) => job.kind === 'post');
    if (first?.kind !== 'post') throw new Error('the fixture has posts');
    const escaping: PageJob = {
      kind: 'post',
      post: { ...first.post, path: normalizePostPath('/../../escape/') },
    };
    try {
      await expect(runner.run(escaping)).rejects.toThrow(
        `Writing /../../escape/ (${first.post.source}) failed: Error: Folio refused to write`,
      );
      // The pool goes on with the next job.
      const { path: page } = first.post;
      expect(await runner.run(first)).toEqual([
        postDataFile(page),
        `${page.slice(1)}index.html`,
        embedPageFile(page),
        oembedFile(page),
      ]);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
