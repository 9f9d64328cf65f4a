/**
 * Parsers and tree walkers recurse: a hostile 50,000-deep `<div>` or `>` blockquote overflows
 * the stack. Before parsing, nesting beyond MAX_DEPTH is flattened: deeper opening tags (and
 * their closing tags), deeper quote and list markers (`>`, `- `, `1. `, mixed) are removed and runs of emphasis
 * markers escaped, text kept. Linear time. (render-body.ts still catches what slips through.)
 */
import { escapeMarkup } from '../../content/escape-markup.ts';

export const MAX_DEPTH = 100;

/** Never nest: void elements, and those a browser closes by itself (`<p>`, `<li>`, `<td>`…). */
const FLAT = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'colgroup',
  'caption',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?(\/?)>/g;
/**
 * Markdown container markers at a line's start, each opening a nested quote or list, in any
 * mix: `> > >`, `- - - item`, `> - > 1. item`.
 */
const CONTAINER_MARKER = /[ \t]*(?:>|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/g;
const CONTAINER_PREFIX = new RegExp(`^(?:${CONTAINER_MARKER.source}){${MAX_DEPTH + 1},}`, 'gm');

export interface LimitedNesting {
  text: string;
  /** How many opening tags or markers were removed. */
  removed: number;
}

export function limitNesting(text: string): LimitedNesting {
  let removed = 0;
  const stack: { name: string; dropped: boolean }[] = [];
  let depth = 0;
  let out = text.replace(TAG, (whole, slash: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (FLAT.has(name) || selfClose === '/') return whole;
    if (slash === '') {
      const dropped = depth >= MAX_DEPTH;
      stack.push({ name, dropped });
      if (dropped) {
        removed++;
        return '';
      }
      depth++;
      return whole;
    }
    // A closing tag closes the innermost open element of its name, as a browser would;
    // the search looks a bounded way down so hostile input stays linear.
    for (let index = stack.length - 1; index >= Math.max(0, stack.length - 64); index--) {
      if (stack[index]?.name !== name) continue;
      const closed = stack.splice(index);
      depth -= closed.filter((entry) => !entry.dropped).length;
      return closed[0]?.dropped ? '' : whole;
    }
    return whole;
  });
  // A run of 101+ emphasis markers nests that many <em>/<strong>: none is meant as markup.
  out = out.replace(/[*_]{101,}/g, (run: string) => {
    removed++;
    return run.replace(/[*_]/g, '\\$&');
  });
  const flood = escapeBracketFloods(out);
  out = flood.text;
  removed += flood.escaped;
  out = out.replace(CONTAINER_PREFIX, (prefix: string) => {
    removed++;
    const kept = prefix.match(CONTAINER_MARKER)?.slice(0, MAX_DEPTH) ?? [];
    return `${kept.join('').trimEnd()} `;
  });
  return { text: out, removed };
}

/** More `[` in one paragraph than any prose has: link and emphasis parsing would go quadratic. */
const MAX_BRACKETS = 1000;

/**
 * `*[*[*[…x](y)*](y)*…` nests links in emphasis tens of thousands deep, which Markdown parsers
 * resolve in quadratic time (even escaped, each marker is a token). A paragraph outside fenced
 * code with more than MAX_BRACKETS `[` is not prose: it becomes a ready-made HTML paragraph of
 * its text, which the Markdown pass leaves alone (an HTML block) and wpautop keeps.
 */
function escapeBracketFloods(text: string): { text: string; escaped: number } {
  if ((text.match(/\[/g)?.length ?? 0) <= MAX_BRACKETS) return { text, escaped: 0 };
  let escaped = 0;
  let inFence = false;
  const paragraphs = text.split(/(\n[ \t]*\n)/);
  const out = paragraphs.map((part) => {
    const fences = part.match(/^ {0,3}(?:```|~~~)/gm)?.length ?? 0;
    const wasInFence = inFence;
    if (fences % 2 === 1) inFence = !inFence;
    if (wasInFence || fences > 0) return part;
    if ((part.match(/\[/g)?.length ?? 0) <= MAX_BRACKETS) return part;
    escaped++;
    const html = escapeMarkup(part.trim());
    return `<p>${html.replace(/\n/g, ' ')}</p>`;
  });
  return { text: out.join(''), escaped };
}
