import { useEffect } from 'react';
import type { HeadTag } from './head-tags.ts';
import { HEAD_MARKER } from './render-head.ts';

/**
 * Applies a page's head tags after it renders, on first load and on every client navigation.
 * The prerendered head carries the same tags, so on a prerendered page this rewrites them
 * with equal values. Elements are built through the DOM (textContent, setAttribute): front
 * matter text is never parsed as HTML, and JSON-LD is a non-executing script type.
 * Pass a memoized array: the tags are reapplied whenever its identity changes.
 */
export function useHead(tags: HeadTag[]): void {
  useEffect(() => {
    const head = document.head;
    for (const element of head.querySelectorAll(`[${HEAD_MARKER}]`)) element.remove();
    for (const tag of tags) {
      if (tag.kind === 'title') {
        document.title = tag.text;
        continue;
      }
      const element = document.createElement(tag.kind === 'json-ld' ? 'script' : tag.kind);
      element.setAttribute(HEAD_MARKER, '');
      if (tag.kind === 'json-ld') {
        element.setAttribute('type', 'application/ld+json');
        element.textContent = JSON.stringify(tag.json);
      } else {
        for (const [name, value] of Object.entries(tag.attributes)) {
          element.setAttribute(name, value);
        }
      }
      head.append(element);
    }
  }, [tags]);
}
