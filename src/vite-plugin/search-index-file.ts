import * as v from 'valibot';
import { searchEntry, searchIndexJson, type SearchEntry } from '../compiler/site/search-index.ts';
import { indexPageFile, postDataFile } from '../content/data-paths.ts';
import { indexPageSchema, postSchema, type Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { SEARCH_INDEX_FILE, SEARCH_PAGE_PATH } from '../content/search-paths.ts';
import type { PageTemplate } from './compose-page.ts';
import type { PostStore } from './post-store.ts';

/**
 * The search index as a site file for the build: `[file name, JSON]`. Pass the posts the
 * site publishes, and only those (the build's `published`: no drafts, no scheduled posts).
 */
export async function searchIndexFile(
  published: readonly SearchEntry[],
): Promise<[string, string]> {
  return [SEARCH_INDEX_FILE, await searchIndexJson(published)];
}

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
 * The dev server's answer to GET of the search index: every post the preview lists (drafts
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
  return searchIndexJson(posts.flatMap((post) => (post === undefined ? [] : [searchEntry(post)])));
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
