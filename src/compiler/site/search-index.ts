import type { Post } from '../../content/post-schema.ts';
import { SCHEMA_VERSION } from '../../content/schema-version.ts';
import {
  FRAGMENT_POSTS,
  searchTerms,
  SNIPPET_TEXT_LIMIT,
  type Postings,
  type SearchFragment,
  type SearchManifest,
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

/**
 * Posts a part holds at most on average. A part is what a build re-indexes when one of its
 * posts changed (the rest come from the cache), and what it holds in memory at a time.
 */
export const SEARCH_PART_POSTS = 1000;

/**
 * The posts split into parts: a power of two of them, enough for SEARCH_PART_POSTS each, a
 * post's part chosen by a hash of its path, so that editing, adding or removing a post
 * changes one part only (until the count of parts doubles). Each part is ordered by path,
 * the order that numbers its posts; empty parts are left out.
 */
export function searchParts<T extends { path: string }>(entries: readonly T[]): T[][] {
  let count = 1;
  while (count * SEARCH_PART_POSTS < entries.length) count *= 2;
  const parts: T[][] = Array.from({ length: count }, () => []);
  for (const entry of entries) parts[pathHash(entry.path) & (count - 1)]?.push(entry);
  return parts.filter((part) => part.length > 0).map((part) => part.sort(byPath));
}

/**
 * A part's inverted index: each term's postings `[post, weight, …]`, posts numbered from 0 in
 * the part's order, ascending, weights as in search-schema.ts's Postings. Terms in order.
 */
export interface PartIndex {
  posts: number;
  terms: [string, number[]][];
}

/** How much a match in each field counts: a title match three times a body match. */
const FIELDS = [
  { name: 'title', boost: 3 },
  { name: 'author', boost: 2 },
  { name: 'text', boost: 1 },
] as const;

/** BM25+ constants, as MiniSearch's defaults: saturation, length normalization, floor. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** Posts indexed between two pauses (see indexPart). */
const PAUSE_EVERY = 100;

/**
 * The inverted index of one part's posts, in the order given (searchParts'). Each posting's
 * weight is the post's BM25+ score for the term without the term's rarity, which depends on
 * the whole blog and is the app's to apply (it knows each term's count of posts). Lengths are
 * compared with the part's average: parts are large random samples of the blog, so their
 * averages agree. Indexing pauses every few posts, so a build's render workers, fed from the
 * same thread, never wait long.
 */
export async function indexPart(entries: readonly SearchEntry[]): Promise<PartIndex> {
  // Tokenizing is most of the work: it pauses too, before the averages need every length.
  const counted: ReturnType<typeof termCounts>[][] = [];
  for (const [post, entry] of entries.entries()) {
    await pauseAt(post);
    counted.push(FIELDS.map(({ name }) => termCounts(entry[name])));
  }
  const averages = FIELDS.map((_, field) => {
    let total = 0;
    for (const fields of counted) total += fields[field]?.length ?? 0;
    return counted.length === 0 ? 1 : Math.max(1, total / counted.length);
  });
  const postings = new Map<string, number[]>();
  for (let post = 0; post < counted.length; post++) {
    await pauseAt(post);
    const weights = new Map<string, number>();
    counted[post]?.forEach(({ counts, length }, field) => {
      const { boost } = FIELDS[field] ?? { boost: 0 };
      const norm = K1 * (1 - B + (B * length) / (averages[field] ?? 1));
      for (const [term, count] of counts) {
        const weight = boost * ((count * (K1 + 1)) / (count + norm) + DELTA);
        weights.set(term, (weights.get(term) ?? 0) + weight);
      }
    });
    for (const [term, weight] of weights) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push(post, Math.max(1, Math.round(weight * 100)));
    }
  }
  const terms = [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { posts: entries.length, terms };
}

/** Lets other work on this thread run, every PAUSE_EVERY posts. */
async function pauseAt(post: number): Promise<void> {
  if (post > 0 && post % PAUSE_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
}

/** A field's terms counted, and its length in terms. */
function termCounts(text: string): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  const terms = searchTerms(text);
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { counts, length: terms.length };
}

/** A part's fragments (search-schema.ts), as JSON text, FRAGMENT_POSTS posts each in order. */
export function partFragments(entries: readonly SearchEntry[]): string[] {
  const fragments: string[] = [];
  for (let start = 0; start < entries.length; start += FRAGMENT_POSTS) {
    const posts = entries.slice(start, start + FRAGMENT_POSTS).map((entry): SearchPost => ({
      title: entry.title,
      path: entry.path,
      author: entry.author,
      date: entry.date,
      text: cutAtWord(entry.text, SNIPPET_TEXT_LIMIT),
    }));
    const fragment: SearchFragment = { schemaVersion: SCHEMA_VERSION, posts };
    fragments.push(JSON.stringify(fragment));
  }
  return fragments;
}

/**
 * Bytes of JSON a term chunk holds before the next may start: a query word costs one chunk
 * (plus its own postings, when it is in most posts), so this is about what a word downloads.
 */
export const CHUNK_BYTES = 32 * 1024;

/**
 * Letters that terms of one chunk group share: a chunk ends only where they change, so a
 * misspelt word (after its first three letters) lies in the chunk of the word it misspells,
 * and the app finds it there (run-search.ts). A group larger than four chunks is cut anyway.
 */
const GROUP_PREFIX = 3;

/**
 * The term chunks of the whole index (search-schema.ts), merged from the parts' indexes in the
 * order given, which numbers the posts. The first chunk starts at '' (every word sorts after
 * it); each holds about CHUNK_BYTES of JSON.
 */
export function termChunks(parts: readonly PartIndex[]): { first: string; json: string }[] {
  const merged = new Map<string, { offset: number; postings: number[] }[]>();
  let offset = 0;
  for (const part of parts) {
    for (const [term, postings] of part.terms) {
      let lists = merged.get(term);
      if (lists === undefined) merged.set(term, (lists = []));
      lists.push({ offset, postings });
    }
    offset += part.posts;
  }
  const terms = [...merged.keys()].sort();
  const chunks: { first: string; json: string }[] = [];
  let entries: string[] = [];
  let bytes = 0;
  let first = '';
  const close = () => {
    chunks.push({
      first,
      json: `{"schemaVersion":${SCHEMA_VERSION},"terms":[${entries.join(',')}]}`,
    });
    entries = [];
    bytes = 0;
  };
  let group = '';
  for (const term of terms) {
    const termGroup = term.slice(0, GROUP_PREFIX);
    const full = bytes >= CHUNK_BYTES * (termGroup === group ? 4 : 1);
    if (entries.length > 0 && full) {
      close();
      first = term;
    }
    group = termGroup;
    const entry = JSON.stringify([term, deltaEncoded(merged.get(term) ?? [])]);
    entries.push(entry);
    bytes += entry.length + 1;
  }
  if (entries.length > 0) close();
  return chunks;
}

/** One term's postings from every part, renumbered through the parts, as Postings. */
function deltaEncoded(lists: readonly { offset: number; postings: number[] }[]): Postings {
  const encoded: Postings = [];
  let last = 0;
  for (const { offset, postings } of lists) {
    for (let i = 0; i < postings.length; i += 2) {
      const post = offset + (postings[i] ?? 0);
      encoded.push(post - last, postings[i + 1] ?? 0);
      last = post;
    }
  }
  return encoded;
}

/** The manifest (search-schema.ts) naming the parts and term chunks given, in their order. */
export function searchManifestJson(
  parts: SearchManifest['parts'],
  chunks: SearchManifest['chunks'],
): string {
  const manifest: SearchManifest = { schemaVersion: SCHEMA_VERSION, parts, chunks };
  return JSON.stringify(manifest);
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
