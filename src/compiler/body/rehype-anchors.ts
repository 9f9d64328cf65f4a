import type { Root } from 'hast';
import { forEachElement } from './for-each-element.ts';

/**
 * Old in-page targets: `<a name="x">` becomes `<a id="x">` (an id is what a `#x` link finds
 * in HTML5; `name` is dropped everywhere, so no post can clobber `document.x` through it).
 * An existing id wins; a name equal to another element's id is just dropped.
 */
export function rehypeAnchors() {
  return (tree: Root) => {
    const ids = new Set<string>();
    forEachElement(tree, (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    forEachElement(tree, (node) => {
      const name = node.properties.name;
      if (name === undefined) return;
      delete node.properties.name;
      const value = String(name).trim();
      if (
        node.tagName !== 'a' ||
        value === '' ||
        node.properties.id !== undefined ||
        ids.has(value)
      )
        return;
      node.properties.id = value;
      ids.add(value);
    });
  };
}
