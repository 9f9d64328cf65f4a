/**
 * What the body pipeline changed or could not show, per post: the import health report
 * (`npm run report`) lists these so an author knows what to fix in the source.
 */
export type ReportKind =
  /** A shortcode no module renders: its brackets were removed, its inner text kept. */
  | 'unknown-shortcode'
  /** A shortcode whose output came from data that is not in the export (gallery ids, table id). */
  | 'data-less-shortcode'
  /** An element the sanitizer dropped (script, form, style, an iframe from an unknown host…). */
  | 'removed-element'
  /** An attribute dropped for safety (event handler, javascript: URL, inline style…). */
  | 'removed-attribute'
  /** An in-page `#link` that matches no id in the post. */
  | 'broken-anchor'
  /** A link to the old site whose path is no post of this export. */
  | 'missing-post'
  /** An image (or media) served over http, upgraded to https. */
  | 'http-image'
  /** A link to another post on the old host, rewritten to its in-app path. */
  | 'rewritten-link'
  /** An embed (iframe, [embed], bare URL) shown as a link because its host is not allowlisted. */
  | 'embed-fallback'
  /** An id that would shadow a browser global, prefixed with `user-content-`. */
  | 'prefixed-id'
  /** Markup nested deeper than Folio renders: the excess levels were flattened. */
  | 'nesting-limited';

export interface ReportEntry {
  kind: ReportKind;
  detail: string;
}

export interface BodyReport {
  /** How the body was read (see detect-mode.ts). */
  mode: BodyMode;
  entries: ReportEntry[];
}

export type BodyMode = 'markdown' | 'html' | 'blocks';

/** Adds one entry; the same kind and detail twice is kept twice (counts matter). */
export function note(report: BodyReport, kind: ReportKind, detail: string): void {
  report.entries.push({ kind, detail });
}
