import MiniSearch from 'minisearch';
import type { Post } from '../../content/post-schema.ts';
import { SCHEMA_VERSION } from '../../content/schema-version.ts';
import {
  SEARCH_FIELDS,
  processSearchTerm,
  SNIPPET_TEXT_LIMIT,
  type SearchDocument,
  type SearchIndexFile,
  type SearchPost,
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

/** Documents MiniSearch indexes between two pauses (see searchIndexJson). */
const CHUNK = 200;

/**
 * The search index file (src/content/search-schema.ts) for the posts given, as JSON text.
 * The caller decides what is public: the build passes published posts only (no drafts, no
 * scheduled posts), the dev server every post it previews. Posts are ordered by path, so
 * the same posts always give the same bytes. Indexing pauses every few hundred posts, so a
 * build's render workers, fed from the same thread, never wait long.
 */
export async function searchIndexJson(entries: readonly SearchEntry[]): Promise<string> {
  const ordered = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
  const file: SearchIndexFile = {
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
