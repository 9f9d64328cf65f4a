/**
 * PHP Markdown closes `**strong**` wherever the closing stars follow a non-space
 * (`**Scale:**With`); CommonMark's flanking rules leave that one as literal stars. Outside
 * code, a `**…**` pair on one line that PHP Markdown would read as strong is written as
 * `<strong>…</strong>`, whose content CommonMark still reads as Markdown.
 */
import { mapProseLines, outsideCodeSpans } from './outside-fences.ts';

const STRONG = /\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*/g;

export function explicitStrong(markdown: string): string {
  if (!markdown.includes('**')) return markdown;
  return mapProseLines(markdown, (line, previous) => {
    // An indented line after a blank one may be code (or a list's continuation: then
    // CommonMark reads its stars the same way in most cases).
    const afterBlank = previous === undefined || previous.trim() === '';
    if ((afterBlank && /^(?: {4}|\t)/.test(line)) || !line.includes('**')) return line;
    return outsideCodeSpans(line, (text) => text.replace(STRONG, '<strong>$1</strong>'));
  });
}
