/** One author-facing problem in a post, located precisely enough to jump to it in an editor. */
export interface Diagnostic {
  /** Path as given in the input, e.g. 'posts/2018-01-30-x.md'. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** Front-matter key, e.g. 'post_date'. */
  field?: string;
  /** Plain English, no stack trace. */
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** `posts/x.md:12:3 error post_date: message. hint` */
export function formatDiagnostic(d: Diagnostic): string {
  const location = `${d.file}:${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
  const field = d.field === undefined ? '' : ` ${d.field}:`;
  const message = d.message.replace(/\.?$/, '.');
  const hint = d.hint === undefined ? '' : ` ${d.hint}`;
  return `${location} ${d.severity}${field} ${message}${hint}`;
}
