import type { BodyReport, ReportKind } from './body-report.ts';

/** What each kind of entry means to an author, in the order the report lists them. */
export const KIND_LABELS: Record<ReportKind, string> = {
  'unknown-shortcode': 'unknown shortcode (brackets removed, text kept)',
  'data-less-shortcode': 'shortcode whose data is not in the export',
  'removed-element': 'removed element',
  'removed-attribute': 'removed attribute',
  'broken-anchor': 'in-page link to a missing anchor (now plain text)',
  'missing-post': 'link to a post that is not in this export (points at the old site)',
  'http-image': 'http media upgraded to https',
  'rewritten-link': 'link to another post, rewritten to the new site',
  'embed-fallback': 'embed shown as a link',
  'prefixed-id': 'id renamed so it cannot shadow a browser global',
  'nesting-limited': 'nesting flattened',
};

/** Changes Folio made that need no action from the author. */
export const INFORMATIONAL_KINDS: ReadonlySet<ReportKind> = new Set([
  'rewritten-link',
  'http-image',
  'prefixed-id',
]);

export interface ReportLine {
  kind: ReportKind;
  detail: string;
  count: number;
}

/** Entries grouped by kind and detail, kinds in KIND_LABELS order, details in first-seen order. */
export function groupReport(report: BodyReport): ReportLine[] {
  const lines = new Map<string, ReportLine>();
  for (const entry of report.entries) {
    const key = `${entry.kind}\u0000${entry.detail}`;
    const line = lines.get(key);
    if (line) line.count++;
    else lines.set(key, { ...entry, count: 1 });
  }
  const order = Object.keys(KIND_LABELS);
  return [...lines.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** One post's report as indented text lines, for the terminal and the build log. */
export function formatBodyReport(file: string, report: BodyReport): string {
  const lines = groupReport(report).map(
    (line) =>
      `    ${KIND_LABELS[line.kind]}: ${line.detail}${line.count > 1 ? ` (×${line.count})` : ''}`,
  );
  return [`${file}  [${report.mode}]`, ...lines].join('\n');
}
