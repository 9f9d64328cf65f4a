import { defineEmbedElement } from './embed-element.ts';
import { folioPost } from './folio-post-element.ts';
import { folioPosts } from './folio-posts-element.ts';

/**
 * `<folio-post>` and `<folio-posts>` (README "Script tag"): plain custom elements, each in
 * its own open shadow root, drawing the site's sanitized HTML with the DOM; no framework.
 * Every attribute is observed, so a change redraws in place (a new `src` loads the new post).
 */
export function defineFolioElements(registry: CustomElementRegistry = customElements): void {
  defineEmbedElement(registry, 'folio-post', folioPost);
  defineEmbedElement(registry, 'folio-posts', folioPosts);
}

declare global {
  interface HTMLElementTagNameMap {
    'folio-post': HTMLElement;
    'folio-posts': HTMLElement;
  }
}
