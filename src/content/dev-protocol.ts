import * as v from 'valibot';
import { DATA_DIR, postDataFile } from './data-paths.ts';
import type { PostPath } from './post-path.ts';

/**
 * What the dev server tells the preview page, and how. Production builds never serve these:
 * they exist only while an author previews with `npm run dev`.
 */

/**
 * Custom HMR event: posts changed, refetch what is on screen (post JSON, index pages and the
 * problems file below alike).
 */
export const DATA_CHANGED_EVENT = 'folio:data-changed';

/** The errors of every post, for the page's problems overlay (relative to the base). */
export const DEV_PROBLEMS_FILE = `${DATA_DIR}/__dev/problems.json`;

export const devProblemSchema = v.object({
  file: v.string(),
  line: v.number(),
  column: v.optional(v.number()),
  field: v.optional(v.string()),
  message: v.string(),
  hint: v.optional(v.string()),
  severity: v.picklist(['error', 'warning']),
});

export const devProblemsSchema = v.object({ problems: v.array(devProblemSchema) });

export type DevProblem = v.InferOutput<typeof devProblemSchema>;
export type DevProblems = v.InferOutput<typeof devProblemsSchema>;

/** One line of a post's import health report, as the dev server sends it. */
export const devHealthLineSchema = v.object({
  /** What the line means to an author, e.g. "unknown shortcode (brackets removed, text kept)". */
  label: v.string(),
  detail: v.string(),
  count: v.number(),
  /** Changes that need no action from the author (rewritten links, https upgrades). */
  informational: v.boolean(),
});

/** The import health report of one post (dev preview only). */
export const devHealthSchema = v.object({
  /** How the body was read: markdown, html or blocks. */
  mode: v.string(),
  lines: v.array(devHealthLineSchema),
});

export type DevHealth = v.InferOutput<typeof devHealthSchema>;

/** `/blog/slug/` → the file holding that post's health report (relative to the base). */
export function devHealthFile(postPath: PostPath): string {
  return postDataFile(postPath).replace(`${DATA_DIR}/posts/`, `${DATA_DIR}/__dev/health/`);
}
