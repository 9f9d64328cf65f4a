import type { Root } from 'hast';
import { forEachElement } from './for-each-element.ts';

/** The page's only h1 is the post title, so a body `# Heading` or `<h1>` becomes an h2. */
export function rehypeDemoteH1() {
  return (tree: Root) => {
    forEachElement(tree, (node) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}
