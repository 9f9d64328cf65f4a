import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { plainText } from './plain-text.ts';

const HEADING = /^h[1-6]$/;

/**
 * Gives every heading a unique id. Ids the author wrote are kept exactly; a repeated one
 * becomes `id-1`, `id-2` (in-page links reach the first, as in a browser). Other headings get
 * a GitHub-style slug of their text that collides with no id in the post.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const headings: Element[] = [];
    const written = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName)) headings.push(node);
      else if (typeof node.properties.id === 'string') written.add(node.properties.id);
    });
    for (const heading of headings) {
      if (typeof heading.properties.id === 'string') written.add(heading.properties.id);
    }

    const used = new Set<string>();
    const slugger = new GithubSlugger();
    const take = (id: string) => {
      used.add(id);
      return id;
    };
    for (const heading of headings) {
      const explicit = heading.properties.id;
      if (typeof explicit === 'string' && explicit !== '') {
        heading.properties.id = take(
          used.has(explicit) ? suffixed(explicit, used, written) : explicit,
        );
        continue;
      }
      const text = plainText(heading).trim();
      if (text === '') continue;
      let id = slugger.slug(text);
      while (id === '' || used.has(id) || written.has(id))
        id = slugger.slug(text === '' ? 'section' : text);
      heading.properties.id = take(id);
    }
  };
}

function suffixed(id: string, used: Set<string>, written: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${id}-${n}`;
    if (!used.has(candidate) && !written.has(candidate)) return candidate;
  }
}
