/**
 * PHP Markdown begins by expanding every tab to spaces at 4-column stops, in the whole text,
 * code and `<pre>` blocks included; WordPress sites that ran it showed code aligned that way
 * (a browser would render a raw tab 8 columns wide). Markdown-mode posts get the same
 * expansion, so tab-aligned tables in code read as their authors saw them.
 */
const TAB_WIDTH = 4;

export function detab(markdown: string): string {
  if (!markdown.includes('\t')) return markdown;
  return markdown
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) return line;
      let out = '';
      // Columns count characters as PHP's mb_strlen did (code points, not UTF-16 units).
      let column = 0;
      for (const char of line) {
        if (char === '\t') {
          const spaces = TAB_WIDTH - (column % TAB_WIDTH);
          out += ' '.repeat(spaces);
          column += spaces;
        } else {
          out += char;
          column++;
        }
      }
      return out;
    })
    .join('\n');
}
