/**
 * PHP Markdown closes `**strong**` wherever the closing stars follow a non-space
 * (`**Scale:**With`); CommonMark's flanking rules leave that one as literal stars. Outside
 * code, a `**…**` pair on one line that PHP Markdown would read as strong is written as
 * `<strong>…</strong>`, whose content CommonMark still reads as Markdown.
 */
const STRONG = /\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function explicitStrong(markdown: string): string {
  if (!markdown.includes('**')) return markdown;
  let fence: string | null = null;
  let previousBlank = true;
  return markdown
    .split('\n')
    .map((line) => {
      const fenceMatch = FENCE.exec(line)?.[1];
      const blank = line.trim() === '';
      const wasBlank = previousBlank;
      previousBlank = blank;
      if (fence !== null) {
        if (fenceMatch?.startsWith(fence)) fence = null;
        return line;
      }
      if (fenceMatch !== undefined) {
        fence = fenceMatch;
        return line;
      }
      // An indented line after a blank one may be code (or a list's continuation: then
      // CommonMark reads its stars the same way in most cases).
      if ((wasBlank && /^(?: {4}|\t)/.test(line)) || !line.includes('**')) return line;
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, index) =>
          index % 2 === 1 ? part : part.replace(STRONG, '<strong>$1</strong>'),
        )
        .join('');
    })
    .join('\n');
}
