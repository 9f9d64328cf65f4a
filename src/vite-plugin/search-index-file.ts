import * as v from 'valibot';
import {
  searchEntry,
  searchManifestJson,
  searchShardJson,
  searchShards,
  type SearchEntry,
} from '../compiler/site/search-index.ts';
import { indexPageFile, postDataFile } from '../content/data-paths.ts';
import { indexPageSchema, postSchema, type Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { SEARCH_INDEX_FILE, SEARCH_PAGE_PATH, searchShardFile } from '../content/search-paths.ts';
import type { PageTemplate } from './compose-page.ts';
import { hashOf } from './output-manifest.ts';
import type { PostStore } from './post-store.ts';
import type { SiteWriter } from './site-writer.ts';

/**
 * A post as the build indexes it: its listing fields, its text read only when its shard is
 * indexed (a big build keeps texts in the compile cache, see post-bodies.ts), and a
 * `version` that changes whenever the text does (a hash of it, or of what it is made from).
 */
export type SearchSource = Omit<SearchEntry, 'text'> & { version: string; text(): string };

/**
 * Writes the search index of the build: its shards, then the manifest naming them. Pass the
 * posts the site publishes, and only those (the build's `published`: no drafts, no
 * scheduled posts). A shard is named by a hash of its posts and of `fingerprint` (Folio's
 * own code and locked dependencies: all else its bytes depend on), so one the last build
 * wrote for the same posts is kept without reading or indexing them again. The names change with the content,
 * so a host may cache shards for ever. Returns how many shards were indexed.
 */
export async function writeSearchIndex(
  published: readonly SearchSource[],
  options: { writer: SiteWriter; fingerprint: string },
): Promise<number> {
  const names: string[] = [];
  let indexed = 0;
  for (const shard of searchShards(published)) {
    const key = shard.map(({ title, path, author, date, version }) => [
      title,
      path,
      author,
      date,
      version,
    ]);
    const name = `${hashOf(`${options.fingerprint}\0${JSON.stringify(key)}`)}.json`;
    names.push(name);
    if (options.writer.keep(searchShardFile(name))) continue;
    const entries = shard.map(({ title, path, author, date, text }) => ({
      title,
      path,
      author,
      date,
      text: text(),
    }));
    await options.writer.write(searchShardFile(name), await searchShardJson(entries));
    indexed++;
  }
  await options.writer.write(SEARCH_INDEX_FILE, searchManifestJson(names));
  return indexed;
}

/** The one shard the dev server answers (it indexes the preview's posts afresh on demand). */
export const DEV_SEARCH_SHARD = 'dev.json';

/** The dev server's manifest: one shard, devSearchIndexJson's. */
export const devSearchManifestJson = () => searchManifestJson([DEV_SEARCH_SHARD]);

/**
 * `search/index.html`: an app shell with the search page's title, so `/search/?q=…` answers
 * 200 on a static host (instead of the 404 page) and the app renders the search page afresh.
 * Search runs in the browser, so there is nothing to prerender but a note for readers
 * without JavaScript.
 */
export function searchPageFile(site: SiteConfig, template: PageTemplate): [string, string] {
  const title = escapeHtml(`Search — ${site.title}`);
  const home = escapeHtml(site.base);
  return [
    `${SEARCH_PAGE_PATH.slice(1)}index.html`,
    template.compose({
      head: `<title>${title}</title>\n    <meta data-folio-head name="robots" content="noindex">`,
      root: `<noscript><p>Search needs JavaScript. <a href="${home}">All posts</a></p></noscript>`,
      data: '',
    }),
  ];
}

/**
 * The dev server's answer to GET of its one search shard: every post the preview lists (drafts
 * and scheduled posts included, as in the preview), read through the store's own data files.
 * The first request compiles every post not compiled yet (through the compile cache); later
 * ones reuse the store's compiled posts, so a save costs one recompile and a cheap re-index.
 */
export async function devSearchIndexJson(store: Pick<PostStore, 'dataFile'>): Promise<string> {
  const paths: string[] = [];
  for (let page = 1; ; page++) {
    const text = await store.dataFile(indexPageFile(page));
    if (text === undefined) break;
    const index = v.parse(indexPageSchema, JSON.parse(text));
    paths.push(...index.posts.map((post) => post.path));
    if (page >= index.pageCount) break;
  }
  const posts = await Promise.all(
    paths.map(async (path): Promise<Post | undefined> => {
      const text = await store.dataFile(postDataFile(path));
      return text === undefined ? undefined : v.parse(postSchema, JSON.parse(text));
    }),
  );
  return searchShardJson(posts.flatMap((post) => (post === undefined ? [] : [searchEntry(post)])));
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
