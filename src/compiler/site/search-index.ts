import { fromHtml } from 'hast-util-from-html';
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
import { plainText } from '../body/plain-text.ts';

/** What the index needs of a post: its listing fields and its sections. */
export type SearchablePost = Pick<Post, 'title' | 'path' | 'author' | 'date' | 'sections'>;

/**
 * The search index file (src/content/search-schema.ts) for the posts given, as JSON text.
 * The caller decides what is public: the build passes published posts only (no drafts, no
 * scheduled posts), the dev server every post it previews. Posts are ordered by path, so
 * the same posts always give the same bytes.
 */
export function searchIndexJson(posts: readonly SearchablePost[]): string {
  const ordered = [...posts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const documents: SearchDocument[] = [];
  const listed: SearchPost[] = [];
  ordered.forEach((post, id) => {
    const text = postText(post);
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
  miniSearch.addAll(documents);
  const file: SearchIndexFile = {
    schemaVersion: SCHEMA_VERSION,
    posts: listed,
    index: miniSearch.toJSON(),
  };
  return JSON.stringify(file);
}

/** A post's body as one line of plain text: section titles and section bodies in order. */
export function postText(post: Pick<Post, 'sections'>): string {
  const parts: string[] = [];
  for (const section of post.sections) {
    if (section.title !== '') parts.push(section.title);
    parts.push(plainText(fromHtml(section.html, { fragment: true })));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
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
