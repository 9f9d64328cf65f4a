import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { indexPageFile, postDataFile } from '../../src/content/data-paths.ts';
import type { IndexPage, Post } from '../../src/content/post-schema.ts';
import { SEARCH_INDEX_FILE } from '../../src/content/search-paths.ts';
import { searchIndexSchema } from '../../src/content/search-schema.ts';
import { searchEntry } from '../../src/compiler/site/search-index.ts';
import {
  devSearchIndexJson,
  searchIndexFile,
  searchPageFile,
} from '../../src/vite-plugin/search-index-file.ts';

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
  v.parse(searchIndexSchema, JSON.parse(json)).posts.map((post) => post.title);

describe('the search index in the build and the dev server', () => {
  it('writes the index under its data file name', async () => {
    const [name, json] = await searchIndexFile([searchEntry(makePost('/a/', 'Alpha'))]);
    expect(name).toBe(SEARCH_INDEX_FILE);
    expect(name).toBe('folio-data/v1/search/index.json');
    expect(titlesOf(json)).toEqual(['Alpha']);
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
