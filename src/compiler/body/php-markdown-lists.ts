import { FENCE } from './outside-fences.ts';
/**
 * PHP Markdown (what WordPress's Markdown plugins ran) starts a top-level list only after a
 * blank line; CommonMark lets a list interrupt a paragraph. Posts written for the former have
 * lines like `*   item` right under a sentence that their site showed as text with line
 * breaks. Such list markers are escaped so CommonMark keeps them as text too.
 */
const LIST_ITEM = /^( {0,3})([*+-]|\d{1,9}[.)])(?=[ \t]+\S)/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const NOT_PARAGRAPH = /^ {0,3}(?:#|>|<!--folio-html-block-)/;

export function escapeInterruptingLists(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  let previous: 'blank' | 'paragraph' | 'other' = 'blank';
  let inList = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fenceMatch = FENCE.exec(line)?.[1];
    if (fence !== null || fenceMatch !== undefined) {
      if (fence === null) fence = fenceMatch ?? null;
      else if (fenceMatch?.startsWith(fence)) fence = null;
      previous = 'other';
      continue;
    }
    if (line.trim() === '') {
      previous = 'blank';
      continue;
    }
    // A marker alone on its line starts no list in PHP Markdown (it needs a space and text).
    const bare = /^( {0,3})([*+-])[ \t]*$/.exec(line);
    if (bare && !inList) {
      lines[index] = `${bare[1] ?? ''}\\${bare[2] ?? ''}`;
      previous = 'paragraph';
      continue;
    }
    const item = RULE.test(line) ? null : LIST_ITEM.exec(line);
    if (item) {
      if (previous === 'paragraph' && !inList) {
        const [, indent = '', marker = ''] = item;
        const escaped = /\d/.test(marker)
          ? `${marker.slice(0, -1)}\\${marker.slice(-1)}`
          : `\\${marker}`;
        lines[index] = indent + escaped + line.slice(item[0].length);
        continue;
      }
      inList = true;
      previous = 'other';
      continue;
    }
    const indented = /^(?: {4}|\t)/.test(line);
    if (inList && (indented || previous !== 'blank')) continue;
    inList = false;
    previous = NOT_PARAGRAPH.test(line) || RULE.test(line) ? 'other' : 'paragraph';
  }
  return lines.join('\n');
}
