import * as v from 'valibot';
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
  path: v.string(),
  author: v.string(),
  /** Publication instant, ISO 8601 with the site's UTC offset: `2018-01-30T15:10:27-08:00`. */
  date: v.string(),
  /** Plain-text excerpt: `post_excerpt`, or derived from the body when that is empty. */
  excerpt: v.string(),
  /** `published: false` in the export. Drafts only appear in dev preview. */
  draft: v.boolean(),
});

export const postSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  ...postSummarySchema.entries,
  /** The absolute permalink URL as exported (the original WordPress site). */
  permalink: v.string(),
  /** Source file name relative to the posts folder, for error messages and the health report. */
  source: v.string(),
  sections: v.array(sectionSchema),
});

/** One page of the newest-first post list. Page size is fixed, so no page grows with the blog. */
export const indexPageSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** 1-based page number. */
  page: v.number(),
  pageCount: v.number(),
  totalPosts: v.number(),
  posts: v.array(postSummarySchema),
});

export type PostSection = v.InferOutput<typeof sectionSchema>;
export type PostSummary = v.InferOutput<typeof postSummarySchema>;
export type Post = v.InferOutput<typeof postSchema>;
export type IndexPage = v.InferOutput<typeof indexPageSchema>;
