import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/** `{#id}` at the end of a heading (kramdown / PHP Markdown Extra header ids). */
const TRAILING_ID = /[ \t]*\{#([^\s{}]+)\}[ \t]*$/;
/** The same syntax anywhere else: WordPress's Markdown would have dropped it too. */
const STRAY_ID = /[ \t]*\{#[^\s{}]+\}/g;
const HEADING = /^h[1-6]$/;
const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);

/**
 * Moves `## Title {#title}` ids onto the heading element, exactly as written (they may start
 * with a digit and have no hyphens: in-page links depend on them), and removes `{#…}` seen on
 * lines that are not headings. Runs after rehype-raw, so HTML headings get the same treatment.
 */
export function rehypeKramdownIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (CODE.has(node.tagName)) return SKIP;
      if (HEADING.test(node.tagName)) {
        const id = takeTrailingId(node);
        if (id !== null && node.properties.id === undefined) node.properties.id = id;
      }
      for (const child of node.children) {
        if (child.type === 'text' && child.value.includes('{#')) {
          child.value = child.value.replace(STRAY_ID, '');
        }
      }
      return undefined;
    });
  };
}

/** Finds the heading's last text (possibly nested, e.g. in <strong>) and cuts `{#id}` off it. */
function takeTrailingId(node: Element): string | null {
  const last = lastText(node.children);
  if (!last) return null;
  const match = TRAILING_ID.exec(last.value);
  if (!match?.[1]) return null;
  last.value = last.value.slice(0, match.index);
  return match[1];
}

function lastText(children: ElementContent[]): { type: 'text'; value: string } | null {
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child?.type === 'text') {
      if (child.value.trim() !== '') return child;
    } else if (child?.type === 'element') {
      return lastText(child.children);
    }
  }
  return null;
}
