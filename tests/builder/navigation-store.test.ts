import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ARCHIVE_INDEX_FILE,
  archivePageFile,
  authorPageFile,
  postDataFile,
} from '../../src/content/data-paths.ts';
import {
  archiveIndexSchema,
  archivePageSchema,
  authorPageSchema,
  postSchema,
} from '../../src/content/post-schema.ts';
import type { CompileCache } from '../../src/builder/compile-cache.ts';
import { createPostStore, type PostStore } from '../../src/builder/post-store.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const fixture = path.join(import.meta.dirname, '../compiler/navigation-fixtures/posts');
let postsDir: string;
let store: PostStore;
/** Files compiled so far: a cache that stores nothing but sees every compile. */
let compiled: string[];

beforeEach(async () => {
  postsDir = await mkdtemp(path.join(tmpdir(), 'folio-nav-'));
  await cp(fixture, postsDir, { recursive: true });
  compiled = [];
  const cache: CompileCache = {
    keyOf: (input) => {
      compiled.push(path.basename(input.file));
      return input.file;
    },
    get: () => Promise.resolve(undefined),
    getLean: () => Promise.resolve(undefined),
    set: () => Promise.resolve(),
    fileOf: (key) => key,
  };
  store = createPostStore({
    postsDir,
    compiler: { origin: 'https://blog.example.com', timeZone: 'America/Los_Angeles' },
    pageSize: 2,
    cache: Promise.resolve(cache),
  });
  await store.loadAll();
});

afterEach(async () => {
  await rm(postsDir, { recursive: true, force: true });
});

async function json<T extends v.GenericSchema>(schema: T, file: string) {
  const text = await store.dataFile(file);
  if (text === undefined) throw new Error(`no ${file}`);
  return v.parse(schema, JSON.parse(text));
}

describe('dev store navigation', () => {
  it('serves author and month pages and the month list, drafts and scheduled posts included', async () => {
    expect(compiled).toEqual([]);
    const ada = await json(authorPageSchema, authorPageFile('ada-lovelace', 1));
    expect(ada).toMatchObject({ author: 'Ada Lovelace', pageCount: 2, totalPosts: 4 });
    expect(ada.posts.map((post) => post.title)).toEqual(['eBPF draft notes', 'The year in review']);
    // The page's posts were compiled for their summaries: reading time included.
    expect(ada.posts.map((post) => post.readingMinutes)).toEqual([1, 1]);
    expect(compiled).toHaveLength(2);

    const january = await json(archivePageSchema, archivePageFile({ year: 2018, month: 1 }, 1));
    expect(january.posts.map((post) => post.title)).toEqual([
      'eBPF internals explained',
      'Tracing containers with eBPF',
    ]);
    const months = await json(archiveIndexSchema, ARCHIVE_INDEX_FILE);
    expect(months.months[0]).toEqual({ year: 2099, month: 1, count: 1 });
    expect(await store.dataFile(authorPageFile('ada-lovelace', 3))).toBeUndefined();
    expect(await store.dataFile(authorPageFile('nobody', 1))).toBeUndefined();
    expect(await store.dataFile(archivePageFile({ year: 2017, month: 1 }, 1))).toBeUndefined();
  });

  it('adds previous/next and related posts to a post from headers alone', async () => {
    const post = await json(
      postSchema,
      postDataFile(normalizePostPath('/blog/tracing-containers-with-ebpf/')),
    );
    expect(post.readingMinutes).toBe(2);
    expect(post.nav?.previous).toBeNull();
    expect(post.nav?.next?.title).toBe('eBPF internals explained');
    expect(post.nav?.related).toHaveLength(3);
    // Only the post itself was compiled, not its neighbours.
    expect(compiled).toEqual(['2018-01-05-tracing-containers-with-ebpf.md']);
  });

  it('recomputes the listings when a title or author changes', async () => {
    const file = path.join(postsDir, '2018-02-10-monitoring-containers-at-scale.md');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace('post_title: Monitoring containers at scale', 'post_title: Monitoring eBPF')
        .replace('author: Grace Hopper', 'author: Ada Lovelace'),
    );
    await store.update(path.relative(process.cwd(), file));
    const ada = await json(authorPageSchema, authorPageFile('ada-lovelace', 1));
    expect(ada.totalPosts).toBe(5);
    const post = await json(
      postSchema,
      postDataFile(normalizePostPath('/blog/monitoring-containers-at-scale/')),
    );
    expect(post.title).toBe('Monitoring eBPF');
    expect(post.nav?.related.map((link) => link.title)).toContain('eBPF internals explained');
  });
});
