import type { BodyMode } from '../report/body-report.ts';

/**
 * How a post body is read. WordPress core shows post_content as HTML (wpautop: blank line =
 * paragraph, newline = <br>); only blogs that ran a Markdown plugin wrote Markdown, and the
 * export does not say which. So the body itself decides:
 *
 * - `blocks`: it holds Gutenberg block comments (`<!-- wp:paragraph -->`). WordPress skips
 *   wpautop for block content, and so does Folio.
 * - `markdown`: outside `<pre>`, `<code>` and HTML comments it uses syntax that only Markdown
 *   gives a meaning and that WordPress core would print literally: a link or image
 *   `[text](url)`, `[text][ref]`, a reference definition ` [1]: http…`, a `## heading` line (a `# heading`
 *   only between blank lines),
 *   a ``` fence, `` `code` ``, `**strong**`, `*emphasis*`, a kramdown `{#id}`, or two list items in a row
 *   marked `*`/`+` (or `-`/`1.` followed by two or more spaces, as converters write them).
 * - `html` otherwise: the WordPress default, so `#` and `-` lines stay text.
 */
export function detectMode(body: string): BodyMode {
  if (/<!--\s*\/?wp:[a-z]/.test(body)) return 'blocks';
  const prose = body
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/<(pre|code|script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, ' ');
  return MARKDOWN_SIGNALS.some((signal) => signal.test(prose)) ? 'markdown' : 'html';
}

const MARKDOWN_SIGNALS: RegExp[] = [
  /\]\([^)\s]+(?:\s+"[^"]*")?\)/, // [text](url) and ![alt](src)
  /\]\[[^\]\n]*\]/, // [text][ref]
  /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/m, // [ref]: url
  /^ {0,3}#{2,6}[ \t]+\S/m, // ## heading
  /(?:^|\n[ \t]*\n) {0,3}#[ \t]+\S[^\n]*(?:\n[ \t]*\n|\n?$)/, // # heading between blank lines
  /^ {0,3}(?:```|~~~)/m, // fence
  /(?:^|[^`\w])`[^`\n]+`(?!\w)/, // `code`
  /(?:^|\s)\*\*\S[^*\n]*\*\*/, // **strong**
  /(?:^|[\s(])\*[^\s*][^*\n]*[^\s*]\*(?![\w*])/m, // *emphasis*
  /\{#[^\s{}]+\}/, // {#id}
  // Two list items in a row: `*`/`+` bullets, or `-`/`1.` followed by 2+ spaces (what HTML to
  // Markdown converters write). A raw HTML post's `- item` lines stay text.
  /^ {0,3}(?:[*+][ \t]+|(?:-|\d{1,3}\.)[ \t]{2,})\S.*\n {0,3}(?:[*+-]|\d{1,3}\.)[ \t]+\S/m,
];
