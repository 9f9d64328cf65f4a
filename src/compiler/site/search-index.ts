import MiniSearch from 'minisearch';
import type { Post } from '../../content/post-schema.ts';
import { SCHEMA_VERSION } from '../../content/schema-version.ts';
import {
  SEARCH_FIELDS,
  processSearchTerm,
  SNIPPET_TEXT_LIMIT,
  type SearchDocument,
  type SearchManifest,
  type SearchPost,
  type SearchShardFile,
} from '../../content/search-schema.ts';
import { postText } from '../body/post-text.ts';

/** What the index needs of a post: its listing fields and its body as plain text. */
export type SearchEntry = Pick<Post, 'title' | 'path' | 'author' | 'date'> & { text: string };

/** A post's search entry, its text computed now (the build has it from the compiler). */
export function searchEntry(
  post: Pick<Post, 'title' | 'path' | 'author' | 'date' | 'sections'>,
): SearchEntry {
  const { title, path, author, date } = post;
  return { title, path, author, date, text: postText(post) };
}

/** Documents MiniSearch indexes between two pauses (see searchShardJson). */
const CHUNK = 200;

/**
 * Posts a shard holds at most on average. A reader downloads every shard either way; shards
 * this size let a build re-index a thousand posts when one changed rather than the whole
 * blog (10,000 posts: 4.5 s), and hold one shard's index in memory at a time.
 */
export const SEARCH_SHARD_POSTS = 1000;

/**
 * The posts split into shards: a power of two of them, enough for SEARCH_SHARD_POSTS each,
 * a post's shard chosen by a hash of its path, so that editing, adding or removing a post
 * changes one shard only (until the count of shards doubles). Each shard is ordered by
 * path; there is always at least one, so an empty blog has an (empty) index.
 */
export function searchShards<T extends { path: string }>(entries: readonly T[]): T[][] {
  let count = 1;
  while (count * SEARCH_SHARD_POSTS < entries.length) count *= 2;
  const shards: T[][] = Array.from({ length: count }, () => []);
  for (const entry of entries) shards[pathHash(entry.path) & (count - 1)]?.push(entry);
  const kept = shards.filter((shard) => shard.length > 0).map((shard) => shard.sort(byPath));
  return kept.length === 0 ? [[]] : kept;
}

/** The manifest naming the shards' files, in the order given. */
export function searchManifestJson(shardNames: readonly string[]): string {
  const manifest: SearchManifest = { schemaVersion: SCHEMA_VERSION, shards: [...shardNames] };
  return JSON.stringify(manifest);
}

/**
 * One shard file (src/content/search-schema.ts) for the posts given, as JSON text.
 * The caller decides what is public: the build passes published posts only (no drafts, no
 * scheduled posts), the dev server every post it previews. Posts are ordered by path, so
 * the same posts always give the same bytes. Indexing pauses every few hundred posts, so a
 * build's render workers, fed from the same thread, never wait long.
 */
export async function searchShardJson(entries: readonly SearchEntry[]): Promise<string> {
  const ordered = [...entries].sort(byPath);
  const documents: SearchDocument[] = [];
  const listed: SearchPost[] = [];
  ordered.forEach((post, id) => {
    const { text } = post;
    documents.push({ id, title: post.title, author: post.author, text });
    listed.push({
      title: post.title,
      path: post.path,
      author: post.author,
      date: post.date,
      text: cutAtWord(text, SNIPPET_TEXT_LIMIT),
    });
  });
  const miniSearch = new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    processTerm: processSearchTerm,
  });
  await miniSearch.addAllAsync(documents, { chunkSize: CHUNK });
  const file: SearchShardFile = {
    schemaVersion: SCHEMA_VERSION,
    posts: listed,
    index: miniSearch.toJSON(),
  };
  return JSON.stringify(file);
}

/** At most `limit` characters, ending at a word boundary (never inside a surrogate pair). */
function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const space = text.lastIndexOf(' ', limit);
  const end = space > limit * 0.8 ? space : limit;
  return text
    .slice(0, end)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd();
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** FNV-1a over the path's UTF-16 code units: stable across builds and machines, and cheap. */
function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
