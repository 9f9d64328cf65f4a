import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { note } from '../report/body-report.ts';
import { bodyData } from './body-file.ts';
import { CLOBBER_NAMES } from './clobber-names.ts';
import { forEachElement } from './for-each-element.ts';

export const CLOBBER_PREFIX = 'user-content-';

/** The id Folio writes for an id an author wrote: prefixed when it would shadow a global. */
export function safeId(id: string): string {
  return CLOBBER_NAMES.has(id) ? `${CLOBBER_PREFIX}${id}` : id;
}

/**
 * DOM clobbering: an element whose id is `location`, `cookie`, `alert`… can shadow what
 * scripts read from `window`/`document`. Such ids get the `user-content-` prefix, and every
 * link that targets them (in-page `#cookie` and in-app `/blog/x/#cookie`) is rewritten the same
 * way, so it still works. Runs after the sanitizer, once ids are final.
 */
export function rehypeClobber() {
  return (tree: Root, file: VFile) => {
    const { report } = bodyData(file);
    const prefixed = new Set<string>();
    forEachElement(tree, (node) => {
      const id = node.properties.id;
      if (typeof id === 'string' && CLOBBER_NAMES.has(id)) {
        node.properties.id = safeId(id);
        prefixed.add(id);
        note(report, 'prefixed-id', `#${id} → #${safeId(id)}`);
      }
    });
    forEachElement(tree, (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const hash = href.indexOf('#');
      if (hash === -1 || !(href.startsWith('#') || href.startsWith('/'))) return;
      const fragment = decodeFragment(href.slice(hash + 1));
      // In this post only ids really prefixed count; another post's ids follow the same rule,
      // except `#top`, which browsers resolve to the top of the page without any element.
      const rewrite = href.startsWith('#')
        ? prefixed.has(fragment)
        : CLOBBER_NAMES.has(fragment) && fragment !== 'top';
      if (rewrite) node.properties.href = `${href.slice(0, hash)}#${safeId(fragment)}`;
    });
  };
}

export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
