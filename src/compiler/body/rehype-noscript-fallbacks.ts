import type { Element, ElementContent, Root, RootContent } from 'hast';
import { element, text } from '../shortcodes/hast-builders.ts';

/**
 * Third-party scripts never run in a post, so what a reader without JavaScript saw is what
 * Folio shows: a gist's `<script src="https://gist.github.com/u/id.js">` is replaced by the
 * `<noscript>` code that follows it, or, without one, by a link to the gist; every other
 * `<noscript>` is unwrapped. (The HTML is parsed with scripting off, so its content is markup.)
 */
export function rehypeNoscriptFallbacks() {
  return (tree: Root) => {
    const covered = new Set<Element>();
    let pending: Element | null = null;
    // In reading order, a gist script is covered when the next thing with content is a
    // <noscript> (wpautop often puts the two in different paragraphs).
    const scan = (node: Root | ElementContent) => {
      if (node.type === 'text') {
        if (node.value.trim() !== '') pending = null;
        return;
      }
      if (node.type !== 'element' && node.type !== 'root') return;
      if (node.type === 'element') {
        if (node.tagName === 'script') {
          pending = gistPage(node) === null ? null : node;
          return;
        }
        if (node.tagName === 'noscript') {
          // wpautop may have moved the noscript's content out after it: still the fallback.
          if (pending !== null) covered.add(pending);
          pending = null;
          return;
        }
        if (node.tagName === 'img' || node.tagName === 'iframe') pending = null;
      }
      for (const child of node.children) if (child.type !== 'doctype') scan(child);
    };
    scan(tree);
    walk(tree, covered);
  };
}

function walk(parent: Root | Element, covered: ReadonlySet<Element>): void {
  const out: RootContent[] = [];
  const children = parent.children;
  for (const child of children) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    if (child.tagName === 'script') {
      const gist = gistPage(child);
      if (gist !== null && !covered.has(child)) {
        out.push(element('a', { href: gist }, [text('View the code on GitHub')]));
      } else {
        out.push(child);
      }
      continue;
    }
    walk(child, covered);
    if (child.tagName === 'noscript') out.push(...child.children);
    else out.push(child);
  }
  parent.children = parent.type === 'root' ? out : out.filter(isElementContent);
}

/** `https://gist.github.com/user/0123abc.js` → `https://gist.github.com/user/0123abc`. */
export function gistPage(script: Element): string | null {
  const src = typeof script.properties.src === 'string' ? script.properties.src.trim() : '';
  const absolute = src.startsWith('//') ? `https:${src}` : src;
  if (!URL.canParse(absolute)) return null;
  const url = new URL(absolute);
  if (url.hostname !== 'gist.github.com' || !/^\/[\w.-]+\/[0-9a-f]+\.js$/i.test(url.pathname))
    return null;
  return `https://gist.github.com${url.pathname.slice(0, -3)}`;
}

function isElementContent(node: RootContent): node is ElementContent {
  return node.type !== 'doctype';
}
