import * as v from 'valibot';
import { SCHEMA_VERSION } from './schema-version.ts';

/**
 * The search index (search-paths.ts) is a manifest naming its shards. Each shard holds a
 * share of the posts, as the results list shows them, and a MiniSearch index over them
 * serialized at build time, so the browser only deserializes it (no tokenizing of the whole
 * blog on a reader's phone). A document's MiniSearch id is its position in the shard's
 * `posts`; MiniSearch stores no fields of its own, so nothing is written twice. Shards let
 * a build re-index only the share of the blog that changed (README "Search").
 */

/** Fields MiniSearch indexes; the app must load the index with the same list. */
export const SEARCH_FIELDS = ['title', 'author', 'text'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * Body text kept per post for result snippets. The whole body is indexed, but only this many
 * characters of it travel as text: most matches are near the start, a match further down
 * shows the opening instead, and the file stays small for long posts (see README "Search").
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

/**
 * MiniSearch's term processing, shared by the build (indexing) and the app (queries): both
 * sides must turn text into the same terms. Lower case; stop words and junk tokens dropped.
 */
export function processSearchTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length > MAX_TERM_LENGTH || STOP_WORDS.has(lower)) return null;
  return lower;
}

export const searchPostSchema = v.object({
  title: v.string(),
  /** Permalink path, `/blog/slug/`. */
  path: v.string(),
  author: v.string(),
  /** ISO 8601 with the site's offset, as in post JSON. */
  date: v.string(),
  /** Plain text of the body, whitespace collapsed, cut at SNIPPET_TEXT_LIMIT characters. */
  text: v.string(),
});

/** One term of the inverted index: field id → (document short id → term frequency). */
type SerializedTerm = [string, Record<string, Record<string, number>>];

function isRecordOf(value: unknown, check: (item: unknown) => boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const item of Object.values(value)) if (!check(item)) return false;
  return true;
}

/**
 * The inverted index checked with plain loops: it has one entry per distinct word of the
 * blog (14,000 for the sysdig corpus), where a schema per entry costs ~100 ms of a phone's
 * main thread more than this.
 */
function isSerializedTerms(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const isCount = (item: unknown) => typeof item === 'number';
  const isPostings = (item: unknown) => isRecordOf(item, isCount);
  for (const entry of value) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false;
    if (!isRecordOf(entry[1], isPostings)) return false;
  }
  return true;
}

/**
 * MiniSearch's own serialization (`toJSON()`), validated so that `loadJS` gets
 * exactly the shape it expects: a corrupt or foreign file fails with a clear error instead of
 * a broken search box.
 */
const counts = v.record(v.string(), v.number());
export const miniSearchJsonSchema = v.object({
  documentCount: v.number(),
  nextId: v.number(),
  documentIds: v.record(v.string(), v.number()),
  fieldIds: counts,
  fieldLength: v.record(v.string(), v.array(v.number())),
  averageFieldLength: v.array(v.number()),
  storedFields: v.record(v.string(), v.record(v.string(), v.unknown())),
  dirtCount: v.optional(v.number()),
  index: v.custom<SerializedTerm[]>(isSerializedTerms, 'expected [term, postings] pairs'),
  /** MiniSearch itself refuses versions it cannot read. */
  serializationVersion: v.number(),
});

export const searchShardSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  posts: v.array(searchPostSchema),
  index: miniSearchJsonSchema,
});

/** A shard's file name, in the manifest's folder: nothing that could point elsewhere. */
const SHARD_NAME = /^[\w-]+\.json$/;

export const searchManifestSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  shards: v.array(v.pipe(v.string(), v.regex(SHARD_NAME, 'expected a shard file name'))),
});

export type SearchPost = v.InferOutput<typeof searchPostSchema>;
export type SearchShardFile = v.InferOutput<typeof searchShardSchema>;
export type SearchManifest = v.InferOutput<typeof searchManifestSchema>;
/** What MiniSearch indexes for one post: the full body text, not the snippet cut. */
export type SearchDocument = { id: number } & Record<SearchField, string>;
