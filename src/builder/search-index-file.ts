import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import {
  indexPart,
  partFragments,
  searchEntry,
  searchManifestJson,
  searchParts,
  termChunks,
  type PartIndex,
  type SearchEntry,
} from '../compiler/site/search-index.ts';
import { indexPageFile, postDataFile } from '../content/data-paths.ts';
import type { PostPath } from '../content/post-path.ts';
import { escapeMarkup } from '../content/escape-markup.ts';
import { indexPageSchema, postSchema, type Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import {
  SEARCH_INDEX_FILE,
  SEARCH_PAGE_PATH,
  searchChunkFile,
  searchFragmentFile,
} from '../content/search-paths.ts';
import { FRAGMENT_POSTS } from '../content/search-schema.ts';
import { readJson, writeEntry } from './compile-cache.ts';
import type { PageTemplate } from './compose-page.ts';
import { hashOf } from './output-manifest.ts';
import type { PostStore } from './post-store.ts';
import type { SiteWriter } from './site-writer.ts';

/**
 * A post as the build indexes it: its listing fields, its text read only when its part is
 * indexed (a big build keeps texts in the compile cache, see post-bodies.ts), and a
 * `version` that changes whenever the text does (a hash of it, or of what it is made from).
 */
export type SearchSource = Omit<SearchEntry, 'text'> & { version: string; text(): string };

/**
 * Writes the search index of the build (search-schema.ts): each part's fragments, the term
 * chunks of the whole blog, then the manifest naming them. Pass the posts the site
 * publishes, and only those (the build's `published`: no drafts, no scheduled posts).
 *
 * A part is named by a hash of its posts and of `fingerprint` (Folio's own code and locked
 * dependencies: all else its files depend on). Its inverted index is kept in `cacheDir` under
 * that name, and its fragments in the output, so a part whose posts did not change is
 * neither read nor indexed again: a rebuild indexes the parts that changed, then merges every
 * part's index into term chunks (named by a hash of their bytes, so unchanged ones are kept
 * and a host may cache them for ever). Returns how many parts were indexed.
 */
export async function writeSearchIndex(
  published: readonly SearchSource[],
  options: { writer: SiteWriter; fingerprint: string; cacheDir: string },
): Promise<number> {
  const { writer } = options;
  const parts: { name: string; index: PartIndex }[] = [];
  let indexed = 0;
  mkdirSync(options.cacheDir, { recursive: true });
  for (const members of searchParts(published)) {
    const key = members.map(({ title, path, author, date, version }) => [
      title,
      path,
      author,
      date,
      version,
    ]);
    const name = hashOf(`${options.fingerprint}\0${JSON.stringify(key)}`);
    const fragmentFiles = Array.from(
      { length: Math.ceil(members.length / FRAGMENT_POSTS) },
      (_, i) => searchFragmentFile(name, i),
    );
    const cacheFile = path.join(options.cacheDir, `${name}.json`);
    let index = readPartIndex(cacheFile);
    const fragmentsKept = fragmentFiles.every((file) => writer.keep(file));
    if (index !== undefined && fragmentsKept) {
      parts.push({ name, index });
      continue;
    }
    const entries = members.map(({ title, path, author, date, text }) => ({
      title,
      path,
      author,
      date,
      text: text(),
    }));
    for (const [i, json] of partFragments(entries).entries()) {
      await writer.write(searchFragmentFile(name, i), json);
    }
    if (index === undefined) {
      index = await indexPart(entries);
      // Written whole or not at all: another build sharing the cache may read it meanwhile.
      await writeEntry(cacheFile, JSON.stringify(index));
      indexed++;
    }
    parts.push({ name, index });
  }
  const { chunks, manifest } = mergedIndex(parts);
  for (const { file, json } of chunks) {
    if (!writer.keep(searchChunkFile(file))) await writer.write(searchChunkFile(file), json);
  }
  await writer.write(SEARCH_INDEX_FILE, manifest);
  // Indexes of parts this build no longer has: the cache keeps only the latest build's (a
  // build of another output folder sharing it may index a part again: slower, never wrong).
  const used = new Set(parts.map(({ name }) => `${name}.json`));
  for (const file of readdirSync(options.cacheDir)) {
    if (file.endsWith('.json') && !used.has(file)) {
      rmSync(path.join(options.cacheDir, file), { force: true });
    }
  }
  return indexed;
}

/**
 * The term chunks of the parts' indexes, each named by a hash of its bytes, and the manifest
 * naming them and the parts.
 */
function mergedIndex(parts: readonly { name: string; index: PartIndex }[]) {
  const chunks = termChunks(parts.map(({ index }) => index)).map(({ first, json }) => ({
    first,
    file: `${hashOf(json)}.json`,
    json,
  }));
  const manifest = searchManifestJson(
    parts.map(({ name, index }) => ({ name, posts: index.posts })),
    chunks.map(({ first, file }) => ({ first, file })),
  );
  return { chunks, manifest };
}

/** A cached part index, or undefined when there is none or it is unreadable (index again). */
function readPartIndex(file: string): PartIndex | undefined {
  const value = readJson(file);
  return isPartIndex(value) ? value : undefined;
}

function isPartIndex(value: unknown): value is PartIndex {
  return (
    typeof value === 'object' &&
    value !== null &&
    'posts' in value &&
    typeof value.posts === 'number' &&
    'terms' in value &&
    Array.isArray(value.terms)
  );
}

/**
 * `search/index.html`: an app shell with the search page's title, so `/search/?q=…` answers
 * 200 on a static host (instead of the 404 page) and the app renders the search page afresh.
 * Search runs in the browser, so there is nothing to prerender but a note for readers
 * without JavaScript.
 */
export function searchPageFile(site: SiteConfig, template: PageTemplate): [string, string] {
  const title = escapeMarkup(`Search — ${site.title}`);
  const home = escapeMarkup(site.base);
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
 * The dev server's search index, as files by name (relative to the base): every post the
 * preview lists (drafts and scheduled posts included, as in the preview), read through the
 * store's own data files, indexed in memory. The first call compiles every post not compiled
 * yet (through the compile cache); the server keeps the result until a post changes, so a
 * save costs one recompile and a re-index. Files are named as in a build, by content, so the
 * app never mixes an old chunk with a new manifest.
 */
export async function devSearchFiles(
  store: Pick<PostStore, 'dataFile'>,
): Promise<Map<string, string>> {
  const paths: PostPath[] = [];
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
  return searchIndexFiles(posts.flatMap((post) => (post === undefined ? [] : [searchEntry(post)])));
}

/**
 * The whole search index of `entries`, in memory: its files' text by name, relative to the
 * base, named as a build names them.
 */
export async function searchIndexFiles(
  entries: readonly SearchEntry[],
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const parts: { name: string; index: PartIndex }[] = [];
  for (const members of searchParts(entries)) {
    const name = hashOf(JSON.stringify(members));
    partFragments(members).forEach((json, i) => {
      files.set(searchFragmentFile(name, i), json);
    });
    parts.push({ name, index: await indexPart(members) });
  }
  const { chunks, manifest } = mergedIndex(parts);
  for (const { file, json } of chunks) files.set(searchChunkFile(file), json);
  files.set(SEARCH_INDEX_FILE, manifest);
  return files;
}
