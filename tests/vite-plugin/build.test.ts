import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { indexPageSchema, postSchema } from '../../src/content/post-schema.ts';
import { folio } from '../../src/vite-plugin/folio-plugin.ts';
import type { FolioOptions } from '../../src/vite-plugin/folio-options.ts';
import * as v from 'valibot';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const outDirs: string[] = [];

async function buildFixture(site: string, options: FolioOptions = {}) {
  const root = path.join(fixtures, site);
  const outDir = await mkdtemp(path.join(tmpdir(), 'folio-build-'));
  outDirs.push(outDir);
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [folio({ posts: path.join(root, 'posts'), timeZone: 'UTC', ...options })],
    build: { outDir, emptyOutDir: true },
  });
  const readJson = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(path.join(outDir, file), 'utf8'));
  return { outDir, readJson };
}

afterAll(async () => {
  await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('vite build with the folio plugin', () => {
  it('emits one JSON file per published post and the index pages, without drafts', async () => {
    const { outDir, readJson } = await buildFixture('site-ok', { pageSize: 1 });

    const first = v.parse(postSchema, await readJson('folio-data/v1/posts/blog/first.json'));
    expect(first.title).toBe('First & Foremost');
    expect(first.sections.map((s) => s.id)).toEqual(['', 'part-one']);
    const second = v.parse(
      postSchema,
      await readJson('folio-data/v1/posts/2020/02/01/second.json'),
    );
    expect(second.author).toBe('Grace Hopper');

    const page1 = v.parse(indexPageSchema, await readJson('folio-data/v1/index/1.json'));
    const page2 = v.parse(indexPageSchema, await readJson('folio-data/v1/index/2.json'));
    expect(page1).toMatchObject({ page: 1, pageCount: 2, totalPosts: 2 });
    expect([...page1.posts, ...page2.posts].map((p) => p.path)).toEqual([
      '/2020/02/01/second/',
      '/blog/first/',
    ]);

    const postFiles = await readdir(path.join(outDir, 'folio-data/v1/posts/blog'));
    expect(postFiles).not.toContain('not-yet.json');
  });

  it('writes the static-host fallbacks under the base path', async () => {
    const { outDir } = await buildFixture('site-ok', { base: '/blog/' });
    const index = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(await readFile(path.join(outDir, '404.html'), 'utf8')).toBe(index);
    expect(await readFile(path.join(outDir, '_redirects'), 'utf8')).toBe(
      '/blog/* /blog/index.html 200\n',
    );
  });

  it('fails listing every broken post with file, line and field', async () => {
    const failure = await buildFixture('site-broken').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    const message = failure instanceof Error ? failure.message : '';
    expect(message).toMatch(/2020-04-01-bad-date\.md:\d+(:\d+)? error post_date/);
    expect(message).toMatch(/2020-05-01-no-title\.md:\d+(:\d+)? error post_title/);
  });
});
