import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { indexPageFile, postDataFile } from '../../src/content/data-paths.ts';
import type { IndexPage, Post } from '../../src/content/post-schema.ts';
import { SEARCH_INDEX_FILE, searchShardFile } from '../../src/content/search-paths.ts';
import { searchManifestSchema, searchShardSchema } from '../../src/content/search-schema.ts';
import {
  SEARCH_SHARD_POSTS,
  searchEntry,
  type SearchEntry,
} from '../../src/compiler/site/search-index.ts';
import {
  devSearchIndexJson,
  searchPageFile,
  writeSearchIndex,
} from '../../src/vite-plugin/search-index-file.ts';
import { hashOf } from '../../src/vite-plugin/output-manifest.ts';
import { createSiteWriter } from '../../src/vite-plugin/site-writer.ts';

function makePost(path: string, title: string, draft = false): Post {
  return {
    schemaVersion: 1,
    id: null,
    title,
    path,
    author: 'Ada',
    date: '2018-01-30T15:10:27+00:00',
    excerpt: '',
    draft,
    permalink: `https://old.example.com${path}`,
    source: `${path.slice(1, -1)}.md`,
    sections: [{ id: '', title: '', level: 0, html: `<p>Body of ${title}.</p>` }],
  };
}

/** A dev store of data files, two posts per index page, as post-store.ts answers them. */
function fakeStore(posts: Post[]) {
  const files = new Map<string, string>();
  const pageCount = Math.max(1, Math.ceil(posts.length / 2));
  for (let page = 1; page <= pageCount; page++) {
    const index: IndexPage = {
      schemaVersion: 1,
      page,
      pageCount,
      totalPosts: posts.length,
      posts: posts.slice((page - 1) * 2, page * 2),
    };
    files.set(indexPageFile(page), JSON.stringify(index));
  }
  for (const post of posts) files.set(postDataFile(post.path), JSON.stringify(post));
  const asked: string[] = [];
  return {
    asked,
    dataFile: async (name: string) => {
      asked.push(name);
      return files.get(name);
    },
  };
}

const titlesOf = (json: string) =>
  v.parse(searchShardSchema, JSON.parse(json)).posts.map((post) => post.title);

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Builds the index of `entries` into `outDir`, as the build does after `previous`. */
async function build(
  outDir: string,
  entries: SearchEntry[],
  previous: Record<string, string> = {},
  fingerprint = 'folio-1',
) {
  const writer = createSiteWriter(outDir, { previous });
  let textsRead = 0;
  const sources = entries.map((entry) => ({
    ...entry,
    version: hashOf(entry.text),
    text: () => {
      textsRead++;
      return entry.text;
    },
  }));
  const indexed = await writeSearchIndex(sources, { writer, fingerprint });
  const read = (name: string) => readFileSync(path.join(outDir, name), 'utf8');
  const manifest = v.parse(searchManifestSchema, JSON.parse(read(SEARCH_INDEX_FILE)));
  const titles = manifest.shards.flatMap((name) => titlesOf(read(searchShardFile(name))));
  return { indexed, textsRead, hashes: Object.fromEntries(writer.hashes), manifest, titles };
}

const entry = (i: number) => searchEntry(makePost(`/p${i}/`, `Post ${i}`));

describe('the search index in the build and the dev server', () => {
  it('writes a manifest under the data file name, and the shards it names', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'folio-search-'));
    folders.push(outDir);
    expect(SEARCH_INDEX_FILE).toBe('folio-data/v1/search/manifest.json');
    const { manifest, titles } = await build(outDir, [searchEntry(makePost('/a/', 'Alpha'))]);
    expect(manifest.shards).toHaveLength(1);
    expect(titles).toEqual(['Alpha']);
  });

  it('indexes again only the shard of a changed post, and again all when Folio changed', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'folio-search-'));
    folders.push(outDir);
    const entries = Array.from({ length: SEARCH_SHARD_POSTS * 2 + 1 }, (_, i) => entry(i));
    const first = await build(outDir, entries);
    expect(first.indexed).toBe(4);
    expect(first.titles).toHaveLength(entries.length);

    const edited = entries.map((e, i) => (i === 7 ? { ...e, text: 'A new body.' } : e));
    const second = await build(outDir, edited, first.hashes);
    expect(second.indexed).toBe(1);
    // Texts are read for that shard only (a big build keeps them on disk).
    expect(second.textsRead).toBeLessThan(SEARCH_SHARD_POSTS);
    expect(second.textsRead).toBeGreaterThan(0);
    expect(
      second.manifest.shards.filter((name) => !first.manifest.shards.includes(name)),
    ).toHaveLength(1);
    expect(second.titles.sort()).toEqual(first.titles.sort());

    const unchanged = await build(outDir, edited, second.hashes);
    expect(unchanged.indexed).toBe(0);
    expect(unchanged.manifest).toEqual(second.manifest);
    // Every file kept is accounted for, so stale-file removal keeps it too.
    for (const name of unchanged.manifest.shards)
      expect(unchanged.hashes).toHaveProperty([searchShardFile(name)]);

    const newFolio = await build(outDir, edited, unchanged.hashes, 'folio-2');
    expect(newFolio.indexed).toBe(4);
  });

  it('indexes a shard again when its file is gone from the output', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'folio-search-'));
    folders.push(outDir);
    const first = await build(outDir, [entry(1)]);
    const [shard] = first.manifest.shards;
    rmSync(path.join(outDir, searchShardFile(shard ?? '')));
    const second = await build(outDir, [entry(1)], first.hashes);
    expect(second.indexed).toBe(1);
    expect(second.titles).toEqual(['Post 1']);
  });

  it('in dev, indexes every post the preview lists, across index pages, drafts included', async () => {
    const store = fakeStore([
      makePost('/a/', 'Alpha'),
      makePost('/b/', 'Beta', true),
      makePost('/c/', 'Gamma'),
    ]);
    const json = await devSearchIndexJson(store);
    expect(titlesOf(json)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(store.asked).toContain(indexPageFile(2));
    expect(store.asked).toContain(postDataFile('/c/'));
  });

  it('in dev, an empty blog has an empty index', async () => {
    expect(titlesOf(await devSearchIndexJson(fakeStore([])))).toEqual([]);
  });

  it('writes search/index.html as an app shell titled for search, never indexed', () => {
    const template = {
      styleHashes: [],
      compose: (page: { head: string; root: string; data: string }) =>
        `<head>${page.head}</head><div id="root">${page.root}</div>${page.data}`,
    };
    const [name, html] = searchPageFile(
      {
        title: 'A <b> & "c"',
        origin: 'https://x.example',
        base: '/blog/',
        timeZone: 'UTC',
        locale: 'en-US',
        pageSize: 10,
      },
      template,
    );
    expect(name).toBe('search/index.html');
    expect(html).toContain('<title>Search — A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(html).toContain('name="robots" content="noindex"');
    expect(html).toContain('<a href="/blog/">');
    expect(html).not.toContain('id="folio-data"');
  });
});
