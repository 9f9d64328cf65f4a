import type { Root, RootContent } from 'hast';
import { plainText } from './plain-text.ts';

declare module 'hast' {
  interface RootData {
    /** The text a reader sees before `<!--more-->`, when the post has that mark. */
    folioTeaser?: string;
  }
}

/**
 * WordPress's `<!--more-->` ends the teaser a listing shows. The comment itself is dropped
 * by the sanitizer later; here the text before it is kept on the tree for derive-excerpt.ts.
 */
export function rehypeMore() {
  return (tree: Root) => {
    const before: RootContent[] = [];
    if (collectBefore(tree.children, before)) {
      tree.data = { ...tree.data, folioTeaser: plainText(before).replace(/\s+/g, ' ').trim() };
    }
  };
}

/** Pushes the nodes before the first more-comment into `out`; true when one was found. */
function collectBefore(children: RootContent[], out: RootContent[]): boolean {
  for (const child of children) {
    if (child.type === 'comment' && /^\s*more\b/.test(child.value)) return true;
    if (child.type === 'element') {
      const inner: RootContent[] = [];
      if (collectBefore(child.children, inner)) {
        out.push({ ...child, children: inner.filter((node) => node.type !== 'doctype') });
        return true;
      }
    }
    out.push(child);
  }
  return false;
}
