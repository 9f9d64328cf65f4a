import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexPageFile, postDataFile } from '../../src/content/data-paths.ts';
import type { IndexPage, Post } from '../../src/content/post-schema.ts';
import { SEARCH_INDEX_FILE } from '../../src/content/search-paths.ts';
import {
  SEARCH_PART_POSTS,
  searchEntry,
  type SearchEntry,
} from '../../src/compiler/site/search-index.ts';
import {
  devSearchFiles,
  searchPageFile,
  writeSearchIndex,
} from '../../src/builder/search-index-file.ts';
import { searchFiles } from '../search/search-lookup.ts';
import { hashOf } from '../../src/builder/output-manifest.ts';
import { createSiteWriter } from '../../src/builder/site-writer.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

function makePost(path: string, title: string, draft = false): Post {
  return {
    schemaVersion: 1,
    id: null,
    title,
    path: normalizePostPath(path),
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

/** Every post title the index can show, from the files of its manifest. */
function titlesOf(files: ReadonlyMap<string, string>): string[] {
  const { manifest } = searchFiles(files);
  return [...files]
    .filter(([name]) => name.includes('/posts/'))
    .filter(([name]) => manifest.parts.some((part) => name.includes(`/${part.name}-`)))
    .flatMap(([, json]) => (JSON.parse(json) as { posts: { title: string }[] }).posts)
    .map((post) => post.title)
    .sort();
}

/** The files under `outDir`, by name relative to it. */
function filesIn(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(outDir, name);
    if (name.endsWith('.json'))
      files.set(name.split(path.sep).join('/'), readFileSync(file, 'utf8'));
  }
  return files;
}

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
  const cacheDir = path.join(outDir, '..', `${path.basename(outDir)}-cache`);
  folders.push(cacheDir);
  const indexed = await writeSearchIndex(sources, { writer, fingerprint, cacheDir });
  const files = filesIn(outDir);
  const { manifest, find } = searchFiles(files);
  return {
    indexed,
    textsRead,
    written: writer.count,
    hashes: Object.fromEntries(writer.hashes),
    manifest,
    find,
    titles: titlesOf(files),
    cacheDir,
  };
}

const entry = (i: number) => searchEntry(makePost(`/p${i}/`, `Post ${i}`));

describe('the search index in the build and the dev server', () => {
  it('writes a manifest under the data file name, and the chunks and fragments it names', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'folio-search-'));
    folders.push(outDir);
    expect(SEARCH_INDEX_FILE).toBe('folio-data/v1/search/index-v3.json');
    const { manifest, titles, find } = await build(outDir, [searchEntry(makePost('/a/', 'Alpha'))]);
    expect(manifest.parts).toHaveLength(1);
    expect(manifest.chunks).toHaveLength(1);
    expect(titles).toEqual(['Alpha']);
    expect(find('alpha')).toEqual(['/a/']);
  });

  it('indexes again only the part of a changed post, and again all when Folio changed', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'folio-search-'));
    folders.push(outDir);
    const entries = Array.from({ length: SEARCH_PART_POSTS * 2 + 1 }, (_, i) => entry(i));
    const first = await build(outDir, entries);
    expect(first.indexed).toBe(4);
    expect(first.titles).toHaveLength(entries.length);

    const edited = entries.map((e, i) => (i === 7 ? { ...e, text: 'A zebra body.' } : e));
    const second = await build(outDir, edited, first.hashes);
    expect(second.indexed).toBe(1);
    // Texts are read for that part only (a big build keeps them on disk).
    expect(second.textsRead).toBeLessThan(SEARCH_PART_POSTS);
    expect(second.textsRead).toBeGreaterThan(0);
    const newParts = second.manifest.parts.filter(
      (part) => !first.manifest.parts.some((old) => old.name === part.name),
    );
    expect(newParts).toHaveLength(1);
    expect(second.find('zebra')).toEqual(['/p7/']);
    expect(first.find('zebra')).toEqual([]);
    expect(second.titles).toEqual(first.titles);

    const unchanged = await build(outDir, edited, second.hashes);
    expect(unchanged.indexed).toBe(0);
    expect(unchanged.textsRead).toBe(0);
    expect(unchanged.written).toBe(0);
    expect(unchanged.manifest).toEqual(second.manifest);
    // Every file the manifest names (chunks, and the fragments of its parts) is accounted
    // for, though none was written: stale-file removal keeps them.
    const named = [...filesIn(outDir).keys()].filter(
      (name) =>
        unchanged.manifest.chunks.some(({ file }) => name.endsWith(`/terms/${file}`)) ||
        unchanged.manifest.parts.some((part) => name.includes(`/posts/${part.name}-`)),
    );
    expect(named.length).toBeGreaterThan(unchanged.manifest.chunks.length);
    for (const name of named) expect(unchanged.hashes).toHaveProperty([name]);
    // The cache holds the parts of the last build only.
    expect(readdirSync(unchanged.cacheDir).sort()).toEqual(
      unchanged.manifest.parts.map(({ name }) => `${name}.json`).sort(),
    );

    const newFolio = await build(outDir, edited, unchanged.hashes, 'folio-2');
    expect(newFolio.indexed).toBe(4);
  });

  it('writes a part’s fragments again when one is gone from the output, and indexes it again when its cache is gone', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'folio-search-'));
    folders.push(outDir);
    const first = await build(outDir, [entry(1)]);
    const [fragment] = [...filesIn(outDir).keys()].filter((name) => name.includes('/posts/'));
    rmSync(path.join(outDir, fragment ?? ''));
    const second = await build(outDir, [entry(1)], first.hashes);
    expect(second.indexed).toBe(0);
    expect(second.textsRead).toBe(1);
    expect(existsSync(path.join(outDir, fragment ?? ''))).toBe(true);

    rmSync(second.cacheDir, { recursive: true });
    const third = await build(outDir, [entry(1)], second.hashes);
    expect(third.indexed).toBe(1);
    expect(third.find('post')).toEqual(['/p1/']);
  });

  it('in dev, indexes every post the preview lists, across index pages, drafts included', async () => {
    const store = fakeStore([
      makePost('/a/', 'Alpha'),
      makePost('/b/', 'Beta', true),
      makePost('/c/', 'Gamma'),
    ]);
    const files = await devSearchFiles(store);
    expect(titlesOf(files)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(searchFiles(files).find('beta')).toEqual(['/b/']);
    expect(store.asked).toContain(indexPageFile(2));
    expect(store.asked).toContain(postDataFile(normalizePostPath('/c/')));
  });

  it('in dev, an empty blog has an empty index', async () => {
    const files = await devSearchFiles(fakeStore([]));
    expect(searchFiles(files).manifest).toMatchObject({ parts: [], chunks: [] });
    expect(searchFiles(files).find('anything')).toEqual([]);
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
