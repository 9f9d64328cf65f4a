import * as v from 'valibot';
import { postPathSchema } from './post-path.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

/**
 * The search index (search-paths.ts) is split by term, so that a reader downloads only what
 * the words they type need, never a list of all posts (README "Search"):
 *
 * - the **manifest** names the term chunks (each with the first term it holds) and the parts
 *   of the blog whose posts results show;
 * - a **term chunk** holds, for a range of terms in sorted order, each term's postings: the
 *   posts that contain it and how much (a BM25 weight, computed at build time);
 * - a **fragment** holds what results show of a few posts of one part.
 *
 * A post's number in postings counts through the manifest's parts in order; its fragment is
 * `<part name>-<local number / FRAGMENT_POSTS>.json`. Parts are the share of the blog a build
 * re-indexes when one of their posts changes.
 */

/** Posts per fragment: a page of results loads a few small files, not a part's worth. */
export const FRAGMENT_POSTS = 4;

/**
 * Body text kept per post for result snippets. The whole body is indexed, but only this many
 * characters of it travel as text: most matches are near the start, a match further down
 * shows the opening instead, and fragments stay small for long posts (see README "Search").
 */
export const SNIPPET_TEXT_LIMIT = 2000;

/**
 * Words too common to tell posts apart. Leaving them out of the index saves a tenth of its
 * size (their postings list nearly every post), and a query's own copies are dropped the same
 * way, so "the falco rules" finds what "falco rules" finds.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in into is it its of ' +
    'on or our she so that the their them then there these they this to was we were which ' +
    'will with you your'
  ).split(' '),
);

/** Longer tokens are hashes, keys and base64 from code samples: nobody types them. */
const MAX_TERM_LENGTH = 24;

/** What separates words: any run of whitespace, separators and punctuation. */
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;

/**
 * A text's terms, in order, repeats kept: lower case, stop words and junk tokens dropped.
 * Shared by the build (indexing) and the app (queries): both sides must see the same terms.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of text.split(SEPARATORS)) {
    const term = token.toLowerCase();
    if (term !== '' && term.length <= MAX_TERM_LENGTH && !STOP_WORDS.has(term)) terms.push(term);
  }
  return terms;
}

export const searchPostSchema = v.object({
  title: v.string(),
  /** Permalink path, `/blog/slug/`. */
  path: postPathSchema,
  author: v.string(),
  /** ISO 8601 with the site's offset, as in post JSON. */
  date: v.string(),
  /** Plain text of the body, whitespace collapsed, cut at SNIPPET_TEXT_LIMIT characters. */
  text: v.string(),
});

/** A file name in the index's folders: nothing that could point elsewhere. */
const FILE_NAME = /^[\w-]+\.json$/;
const PART_NAME = /^[\w-]+$/;

export const searchManifestSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** The parts, in the order that numbers their posts. */
  parts: v.array(
    v.object({
      name: v.pipe(v.string(), v.regex(PART_NAME, 'expected a part name')),
      posts: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  /** The term chunks in term order: chunk i holds the terms from its `first` to the next's. */
  chunks: v.array(
    v.object({
      first: v.string(),
      file: v.pipe(v.string(), v.regex(FILE_NAME, 'expected a chunk file name')),
    }),
  ),
});

/**
 * One term's postings, flattened: `[post, weight, post, weight, …]`, posts ascending, each
 * given as the difference from the one before (the first as itself), weights as integers,
 * hundredths of a BM25 term weight.
 */
export type Postings = number[];

/**
 * The postings checked with plain loops: a chunk holds hundreds of terms and thousands of
 * numbers, where a schema per entry costs a phone's main thread far more than this.
 */
function isTermPostings(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const entry of value) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false;
    const postings: unknown = entry[1];
    if (!Array.isArray(postings) || postings.length % 2 !== 0) return false;
    for (const number of postings) if (!Number.isInteger(number) || number < 0) return false;
  }
  return true;
}

export const searchChunkSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** `[term, postings]` in term order. */
  terms: v.custom<[string, Postings][]>(isTermPostings, 'expected [term, postings] pairs'),
});

export const searchFragmentSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  posts: v.array(searchPostSchema),
});

export type SearchPost = v.InferOutput<typeof searchPostSchema>;
export type SearchManifest = v.InferOutput<typeof searchManifestSchema>;
export type SearchChunk = v.InferOutput<typeof searchChunkSchema>;
export type SearchFragment = v.InferOutput<typeof searchFragmentSchema>;
