import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  searchChunkSchema,
  searchFragmentSchema,
  searchManifestSchema,
} from '../../src/content/search-schema.ts';
import { folio } from '../../src/vite-plugin/folio-plugin.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'site-ok');
let server: ViteDevServer;
let postsDir: string;
let origin: string;

beforeAll(async () => {
  postsDir = await mkdtemp(path.join(tmpdir(), 'folio-dev-'));
  await cp(path.join(fixture, 'posts'), postsDir, { recursive: true });
  server = await createServer({
    root: fixture,
    configFile: false,
    logLevel: 'silent',
    plugins: [folio({ posts: postsDir, timeZone: 'UTC' })],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server.close();
  await rm(postsDir, { recursive: true, force: true });
});

const getJson = async (file: string) => {
  const response = await fetch(`${origin}/folio-data/v1/${file}`);
  return { status: response.status, body: (await response.json()) as unknown };
};

/** Polls until `check` passes: file watching is asynchronous. */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('dev server with the folio plugin', () => {
  it('serves post JSON and index pages from memory, drafts and scheduled posts included', async () => {
    const index = await getJson('index/1.json');
    expect(index.status).toBe(200);
    expect(index.body).toMatchObject({ totalPosts: 4 });
    const draft = await getJson('posts/blog/not-yet.json');
    expect(draft.body).toMatchObject({ draft: true, title: 'Not yet' });
    expect((await getJson('posts/blog/missing.json')).status).toBe(404);
  });

  it('serves a search index of every previewed post, drafts included, file by file', async () => {
    const answer = await getJson('search/index-v3.json');
    expect(answer.status).toBe(200);
    const manifest = v.parse(searchManifestSchema, answer.body);
    expect(manifest.parts.map((part) => part.posts)).toEqual([4]);
    const [chunk] = manifest.chunks;
    const terms = await getJson(`search/terms/${chunk?.file ?? ''}`);
    expect(v.parse(searchChunkSchema, terms.body).terms.map(([term]) => term)).toContain('yet');
    const part = manifest.parts[0]?.name ?? '';
    // Four posts: one fragment holds them all.
    const fragment = await getJson(`search/posts/${part}-0.json`);
    const titles = v.parse(searchFragmentSchema, fragment.body).posts.map((post) => post.title);
    expect(titles).toHaveLength(4);
    expect(titles).toContain('Not yet');
    expect((await getJson('search/terms/missing.json')).status).toBe(404);
  });

  it("serves each post's import health report for the preview panel", async () => {
    const health = await getJson('__dev/health/blog/first.json');
    expect(health).toMatchObject({ status: 200, body: { mode: 'markdown', lines: [] } });
    expect((await getJson('__dev/health/blog/missing.json')).status).toBe(404);
  });

  it('recompiles a post when its file is saved, added or deleted', async () => {
    const file = path.join(postsDir, '2020-02-01-second.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace('post_title: Second', 'post_title: Second, edited'));
    await eventually(async () => {
      expect((await getJson('posts/2020/02/01/second.json')).body).toMatchObject({
        title: 'Second, edited',
      });
    });

    const added = path.join(postsDir, '2020-06-01-added.md');
    await writeFile(added, source.replace('/2020/02/01/second/', '/blog/added/'));
    await eventually(async () => {
      expect((await getJson('posts/blog/added.json')).status).toBe(200);
      expect((await getJson('index/1.json')).body).toMatchObject({ totalPosts: 5 });
    });

    await unlink(added);
    await eventually(async () => {
      expect((await getJson('posts/blog/added.json')).status).toBe(404);
    });
  });

  it('reports a post that breaks, keeps serving its last good version, and recovers', async () => {
    const file = path.join(postsDir, '2020-01-01-first.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace('post_date: 2020-01-01 10:00:00', 'post_date: nope'));
    await eventually(async () => {
      expect((await getJson('__dev/problems.json')).body).toMatchObject({
        problems: expect.arrayContaining([
          expect.objectContaining({
            file: expect.stringMatching(/2020-01-01-first\.md$/),
            field: 'post_date',
          }),
        ]),
      });
    });
    expect((await getJson('posts/blog/first.json')).body).toMatchObject({
      title: 'First & Foremost',
    });
    await writeFile(file, source.replace('First &amp; Foremost', 'First, fixed'));
    await eventually(async () => {
      expect((await getJson('posts/blog/first.json')).body).toMatchObject({
        title: 'First, fixed',
      });
    });
    expect((await getJson('__dev/problems.json')).body).toEqual({ problems: [] });
  });
});
