import type { Root } from 'hast';
import { forEachElement } from './for-each-element.ts';

/**
 * The first image of a post is usually above the fold and loads at once; every later one is
 * `loading="lazy"`. All decode off the main thread. width/height stay as written, so the
 * browser reserves the space before the file arrives (no layout shift).
 */
export function rehypeImageLoading() {
  return (tree: Root) => {
    let first = true;
    forEachElement(tree, (node) => {
      if (node.tagName !== 'img') return;
      node.properties.decoding = 'async';
      if (first) delete node.properties.loading;
      else node.properties.loading = 'lazy';
      first = false;
    });
  };
}
