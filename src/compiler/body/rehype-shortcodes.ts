import type { Element, ElementContent, Root, RootContent } from 'hast';
import { replace } from '@wordpress/shortcode';
import type { VFile } from 'vfile';
import { findUnknownShortcodes } from '../shortcodes/find-unknown-shortcodes.ts';
import { keepContent } from '../shortcodes/keep-content.ts';
import type { ShortcodeHandler } from '../shortcodes/shortcode-handler.ts';
import { note } from '../report/body-report.ts';
import { bodyData } from './body-file.ts';
import { plainText } from './plain-text.ts';

/** Inside these, brackets are what the author typed (code samples) and never shortcodes. */
const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);
/** Element children stand in the searched text as one private-use character each. */
const MARKER_BASE = 0xe000;
const MARKER_LIMIT = 0xf8ff;
const HAS_MARKER = /[\ue000-\uf8ff]/;

/**
 * Expands registered shortcodes in text, like WordPress's do_shortcode but on the tree: the
 * children of an element are read as one string in which every child element is a marker
 * character, so a shortcode may wrap markup (`[caption]<img> text[/caption]`) and the
 * markup survives as nodes. Matching is @wordpress/shortcode's port of get_shortcode_regex.
 */
export function rehypeShortcodes(known: ReadonlyMap<string, ShortcodeHandler>) {
  const knownNames = new Set(known.keys());
  return (tree: Root, file: VFile) => {
    const { report } = bodyData(file);
    const unknown = findUnknownShortcodes(textOutsideCode(tree), knownNames);
    const registry = new Map(known);
    for (const name of unknown) registry.set(name, keepContent);
    expandShortcodes(tree, registry, (kind, detail) => {
      note(report, kind, detail);
    });
  };
}

function expandShortcodes(
  tree: Root,
  registry: ReadonlyMap<string, ShortcodeHandler>,
  report: Parameters<ShortcodeHandler>[0]['note'],
): void {
  // Longest names first, so `[tweet_dis_img` is never read as `[tweet_dis`.
  const tags = [...registry.keys()].sort((a, b) => b.length - a.length);
  const mention = new RegExp(`\\[\\/?(?:${tags.map(escapeRegExp).join('|')})(?![\\w-])`);

  const expandChildren = (children: ElementContent[]): ElementContent[] => {
    const table = new Map<string, ElementContent[]>();
    const mark = (nodes: ElementContent[]): string => {
      const marker = String.fromCharCode(MARKER_BASE + table.size);
      table.set(marker, nodes);
      return marker;
    };
    let source = '';
    for (const child of children) source += child.type === 'text' ? child.value : mark([child]);

    const expandString = (input: string): string => {
      let output = input;
      for (const tag of tags) {
        if (!output.includes(`[${tag}`)) continue;
        output = replace(tag, output, (shortcode) => {
          const inner = toNodes(expandString(shortcode.content ?? ''), table);
          const handler = registry.get(tag);
          if (!handler || table.size >= MARKER_LIMIT - MARKER_BASE) return '';
          return mark(
            handler({
              tag,
              named: shortcode.attrs.named,
              numeric: shortcode.attrs.numeric,
              children: inner,
              text: plainText(inner).replace(/\s+/g, ' ').trim(),
              note: report,
            }),
          );
        });
      }
      // A closing tag whose opening is gone (or was never there) would show its brackets.
      return output.replace(
        new RegExp(`\\[\\/(?:${tags.map(escapeRegExp).join('|')})\\]`, 'g'),
        '',
      );
    };
    return toNodes(expandString(source), table);
  };

  const trailing = new RegExp(
    `\\n[ \\t]*(\\[(${tags.map(escapeRegExp).join('|')})(?![\\w-])[^\\]]*\\][^]*\\[\\/\\2\\])[ \\t]*\\n*$`,
  );
  const visit = (parent: Root | Element): void => {
    hoistTrailingShortcodes(parent, trailing);
    mergeSplitParagraphs(parent, mention);
    const children: RootContent[] = parent.children;
    const joined = children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    const enough = parent.children.length < MARKER_LIMIT - MARKER_BASE - 100;
    if (mention.test(joined) && !HAS_MARKER.test(joined) && enough) {
      parent.children = expandChildren(children.filter(isElementContent));
    }
    for (const child of parent.children) {
      if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
    }
  };

  visit(tree);
}

function textOutsideCode(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && SKIP.has(node.tagName)) return '';
  if (node.type !== 'element' && node.type !== 'root') return '';
  let out = '';
  for (const child of node.children) if (child.type !== 'doctype') out += textOutsideCode(child);
  return out;
}

function toNodes(value: string, table: Map<string, ElementContent[]>): ElementContent[] {
  const nodes: ElementContent[] = [];
  let pending = '';
  for (const char of value) {
    const replacement = table.get(char);
    if (replacement === undefined) {
      pending += char;
      continue;
    }
    if (pending !== '') nodes.push({ type: 'text', value: pending });
    pending = '';
    nodes.push(...replacement);
  }
  if (pending !== '') nodes.push({ type: 'text', value: pending });
  return nodes;
}

/**
 * A shortcode indented by mistake on the line after a code sample joins the code block;
 * WordPress expanded it anyway (it ran shortcodes on the whole page), so readers saw a tweet
 * box, not code. A complete enclosing shortcode on the last line of a `<pre>` is moved out
 * into a paragraph after it. Shortcodes elsewhere in code stay literal.
 */
function hoistTrailingShortcodes(parent: Root | Element, trailing: RegExp): void {
  for (let index = parent.children.length - 1; index >= 0; index--) {
    const pre = parent.children[index];
    if (pre?.type !== 'element' || pre.tagName !== 'pre') continue;
    const code =
      pre.children.length === 1 && pre.children[0]?.type === 'element' ? pre.children[0] : pre;
    const last = code.children.at(-1);
    if (code.children.length !== 1 || last?.type !== 'text') continue;
    const match = trailing.exec(last.value);
    if (!match?.[1]) continue;
    last.value = `${last.value.slice(0, match.index)}\n`;
    parent.children.splice(index + 1, 0, {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: match[1] }],
    });
  }
}

/**
 * Markdown ends a paragraph at a blank line, so `[caption …]`, a blank line, then
 * `<img> text[/caption]` arrives as two paragraphs. WordPress ran shortcodes on the whole
 * HTML string and never noticed; here such neighbouring paragraphs are joined first.
 */
function mergeSplitParagraphs(parent: Root | Element, mention: RegExp): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const first = children[index];
    if (!isParagraph(first)) continue;
    const opened = openedTag(plainText(first.children), mention);
    if (opened === null) continue;
    for (let end = index + 1; end < children.length && end <= index + 8; end++) {
      const candidate = children[end];
      if (candidate?.type === 'text' && candidate.value.trim() === '') continue;
      if (!isParagraph(candidate)) break;
      if (!plainText(candidate.children).includes(`[/${opened}]`)) continue;
      const merged: ElementContent[] = [];
      for (const node of children.slice(index, end + 1)) {
        if (!isParagraph(node)) continue;
        if (merged.length > 0) merged.push({ type: 'text', value: '\n' });
        merged.push(...node.children);
      }
      first.children = merged;
      children.splice(index + 1, end - index);
      break;
    }
  }
}

/** The tag of a shortcode opened but not closed in `value`, if any. */
function openedTag(value: string, mention: RegExp): string | null {
  if (!mention.test(value)) return null;
  for (const match of value.matchAll(/\[([\w-]+)(?=[\s\]])/g)) {
    const tag = match[1];
    if (tag !== undefined && !value.includes(`[/${tag}]`) && mention.test(`[${tag}`)) return tag;
  }
  return null;
}

function isParagraph(node: RootContent | undefined): node is Element {
  return node?.type === 'element' && node.tagName === 'p';
}

function isElementContent(node: RootContent): node is ElementContent {
  return node.type !== 'doctype';
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
