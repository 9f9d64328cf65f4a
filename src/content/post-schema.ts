import * as v from 'valibot';
import { postPathSchema } from './post-path.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

/**
 * The JSON contract between the compiler (which writes it) and the app (which reads it).
 * One valibot schema per file kind; the TypeScript types are derived from them, and the app
 * parses every response with them instead of casting.
 */

/** One part of an article: the intro (before the first h2, `level: 0`) or an h2 and what follows it. */
export const sectionSchema = v.object({
  /** Element id of the section heading; `""` for the intro. */
  id: v.string(),
  /** Heading text (plain text, never HTML); `""` for the intro. */
  title: v.string(),
  /** 0 for the intro, 2 for an h2 section. */
  level: v.number(),
  /** Sanitized HTML of the section body, without the section heading itself. */
  html: v.string(),
});

/** What a listing needs to show a post. */
export const postSummarySchema = v.object({
  /** WordPress post ID, or null when the export had none. */
  id: v.nullable(v.number()),
  title: v.string(),
  /** Permalink path on this site, always with leading and trailing slash: `/blog/slug/`. */
  path: postPathSchema,
  author: v.string(),
  /** Publication instant, ISO 8601 with the site's UTC offset: `2018-01-30T15:10:27-08:00`. */
  date: v.string(),
  /** Plain-text excerpt: `post_excerpt`, or derived from the body when that is empty. */
  excerpt: v.string(),
  /** `published: false` in the export. Drafts only appear in dev preview. */
  draft: v.boolean(),
  /**
   * Minutes to read the body (its words / 230, rounded up, at least 1). Always in post files
   * and built listings; absent from dev listings of posts not compiled yet.
   */
  readingMinutes: v.optional(v.number()),
});

/** A link to another post at the end of an article: just what the link shows. */
export const postLinkSchema = v.object({
  title: v.string(),
  path: postPathSchema,
  date: v.string(),
});

/**
 * Where a reader can go after a post, decided with every other post in view (so it is added
 * to the post file by the site build or the dev server, never by compiling the post alone).
 */
export const postNavSchema = v.object({
  /** The post published just before this one (older), if any. */
  previous: v.nullable(postLinkSchema),
  /** The post published just after this one (newer), if any. */
  next: v.nullable(postLinkSchema),
  /** Up to 3 posts whose titles share the rarest words with this one's, best first. */
  related: v.array(postLinkSchema),
});

export const postSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  ...postSummarySchema.entries,
  /** The absolute permalink URL as exported (the original WordPress site). */
  permalink: v.string(),
  /** Source file name relative to the posts folder, for error messages and the health report. */
  source: v.string(),
  sections: v.array(sectionSchema),
  /** Previous/next and related posts; absent from a post compiled on its own (and in embeds). */
  nav: v.optional(postNavSchema),
});

/**
 * The fields every paged list of posts has (index, author and month pages). Page size is
 * fixed, so no page grows with the blog.
 */
const listingEntries = {
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** 1-based page number. */
  page: v.number(),
  pageCount: v.number(),
  totalPosts: v.number(),
  posts: v.array(postSummarySchema),
};

/** One page of the newest-first post list. */
export const indexPageSchema = v.object(listingEntries);

/** One page of an author's posts, newest first (`/author/<slug>/`). */
export const authorPageSchema = v.object({
  ...listingEntries,
  /** The slug in the page's path (see authorSlug in data-paths.ts). */
  slug: v.string(),
  /** The author's name as written on their newest post. */
  author: v.string(),
});

/** One page of a month's posts, newest first (`/archive/2018/01/`). */
export const archivePageSchema = v.object({
  ...listingEntries,
  year: v.number(),
  /** 1 to 12. */
  month: v.number(),
});

/** Every month that has posts, newest first, with how many (`/archive/`). */
export const archiveIndexSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  months: v.array(v.object({ year: v.number(), month: v.number(), count: v.number() })),
});

export type PostSection = v.InferOutput<typeof sectionSchema>;
export type PostSummary = v.InferOutput<typeof postSummarySchema>;
export type Post = v.InferOutput<typeof postSchema>;
export type IndexPage = v.InferOutput<typeof indexPageSchema>;
export type PostLink = v.InferOutput<typeof postLinkSchema>;
export type PostNav = v.InferOutput<typeof postNavSchema>;
export type AuthorPage = v.InferOutput<typeof authorPageSchema>;
export type ArchivePage = v.InferOutput<typeof archivePageSchema>;
export type ArchiveIndex = v.InferOutput<typeof archiveIndexSchema>;
