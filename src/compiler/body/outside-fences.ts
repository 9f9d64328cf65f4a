/** A Markdown code fence: three or more backticks or tildes, indented at most three spaces. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Maps every line of Markdown that is prose: lines inside a fenced code block (and its fence
 * lines) are left as written. `previous` is the line before, fenced or not, so callers can
 * tell indented code (an indented line after a blank one) from prose.
 */
export function mapProseLines(
  markdown: string,
  map: (line: string, previous: string | undefined) => string,
): string {
  let fence: string | null = null;
  const lines = markdown.split('\n');
  return lines
    .map((line, index) => {
      const fenceMatch = FENCE.exec(line)?.[1];
      if (fence !== null) {
        if (fenceMatch?.startsWith(fence)) fence = null;
        return line;
      }
      if (fenceMatch !== undefined) {
        fence = fenceMatch;
        return line;
      }
      return map(line, lines[index - 1]);
    })
    .join('\n');
}

/** Applies `replace` to the parts of a line outside its code spans (`…`). */
export function outsideCodeSpans(line: string, replace: (text: string) => string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : replace(part)))
    .join('');
}
