import { FENCE } from './outside-fences.ts';
/**
 * PHP Markdown Extra (what WordPress ran) takes a block-level HTML element that starts a line
 * as one unit up to its balanced closing tag, blank lines included, and leaves its inside
 * alone. CommonMark ends an HTML block at the first blank line and turns indented lines after
 * it into code blocks, which mangles hand-written tables and divs. So such elements are cut out
 * before Markdown sees the text, replaced by a placeholder comment, and put back afterwards.
 */

const BLOCK_TAGS =
  'p|div|h[1-6]|blockquote|pre|table|dl|ol|ul|address|form|fieldset|iframe|article|section|nav|aside|hgroup|header|footer|figure|figcaption|center|script|noscript|style';
const BLOCK_START = new RegExp(`^ {0,3}<(${BLOCK_TAGS})(?=[\\s>/])`, 'i');

export interface StashedHtml {
  /** The Markdown with each HTML block replaced by `<!--folio-html-block-N-->`. */
  markdown: string;
  blocks: string[];
}

export function stashHtmlBlocks(markdown: string): StashedHtml {
  const lines = markdown.split('\n');
  const blocks: string[] = [];
  const out: string[] = [];
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      out.push(line);
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      out.push(line);
      continue;
    }
    const tag = BLOCK_START.exec(line)?.[1];
    const rest = tag === undefined ? '' : lines.slice(index).join('\n');
    const end = tag === undefined ? -1 : balancedEnd(rest, tag.toLowerCase());
    if (end === -1) {
      out.push(line);
      continue;
    }
    const block = rest.slice(0, end);
    const consumed = block.split('\n').length;
    // A one-line `<script src>` is inline for PHP Markdown: the next line continues its paragraph.
    if (
      tag?.toLowerCase() === 'script' &&
      consumed === 1 &&
      (lines[index + 1] ?? '').trim() !== ''
    ) {
      out.push(line);
      continue;
    }
    // What follows the closing tag on its line becomes the next paragraph.
    const after = rest.slice(end).split('\n')[0] ?? '';
    out.push('', `<!--folio-html-block-${blocks.length}-->`, '');
    blocks.push(block);
    if (after.trim() !== '') out.push(after.trimStart());
    index += consumed - 1;
  }
  return { markdown: out.join('\n'), blocks };
}

/** Puts the stashed blocks back into the HTML rendered from the stashed Markdown. */
export function restoreHtmlBlocks(html: string, blocks: string[]): string {
  return html.replace(
    /<!--folio-html-block-(\d+)-->/g,
    (match, n: string) => blocks[Number(n)] ?? match,
  );
}

/** Index just after the closing tag that balances the opening tag at the start of `text`. */
function balancedEnd(text: string, tag: string): number {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*?(/?)>`, 'gi');
  let depth = 0;
  for (const match of text.matchAll(pattern)) {
    const closing = match[1] === '/';
    const selfClosing = match[2] === '/';
    if (selfClosing && !closing) {
      if (depth === 0) return match.index + match[0].length;
      continue;
    }
    depth += closing ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}
