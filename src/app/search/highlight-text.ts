/** A run of text, marked when it is a matched term. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

/** What separates terms: the boundaries searchTerms (search-schema.ts) splits on, and tabs. */
const BOUNDARY = String.raw`[\s\p{Z}\p{P}]`;

/**
 * The whole-word occurrences of `terms` in a text, case-insensitively. Terms come from the
 * index (lower case, whole tokens), so a match must start and end at a token boundary:
 * "log" marks "log" and "Log," but not "blog".
 */
function termPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms)]
    .filter((term) => term !== '')
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  const alternatives = words.map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return new RegExp(
    `(?<!(?!${BOUNDARY}).)(?:${alternatives.join('|')})(?!(?!${BOUNDARY}).)`,
    'giu',
  );
}

/** `text` split into plain and marked runs. */
export function highlightText(text: string, terms: readonly string[]): TextSegment[] {
  const pattern = termPattern(terms);
  if (pattern === null) return text === '' ? [] : [{ text, mark: false }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * About `length` characters of `text` around its first matched term, cut at spaces, with
 * `…` where it was cut, split into runs. Without a match in the text (the match is in the
 * title, or further down the post than the stored text), the opening of the post.
 */
export function snippetSegments(
  text: string,
  terms: readonly string[],
  length = 200,
): TextSegment[] {
  const pattern = termPattern(terms);
  const first = pattern === null ? -1 : text.search(pattern);
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space < 0 || space > first ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return highlightText(window, terms);
}
