/**
 * `::part()` names (README "Embedding"): the host page may style these, and only these,
 * inside the shadow root: `folio-post::part(title) { … }`. The app's views carry classes, not
 * parts, so the parts are named after rendering, from those classes.
 */
export const EMBED_PARTS: Record<string, string> = {
  'folio-embed': 'root',
  'folio-article-title': 'title',
  'folio-byline': 'byline',
  'folio-section-heading': 'heading',
  'folio-prose': 'content',
  'folio-post-list': 'list',
  'folio-post-item': 'card',
  'folio-post-item-title': 'card-title',
  'folio-excerpt': 'excerpt',
  'folio-embed-more': 'more',
  'folio-message': 'message',
  'folio-loading': 'message',
};

export function nameParts(container: Element): void {
  for (const [className, part] of Object.entries(EMBED_PARTS)) {
    if (container.classList.contains(className)) container.setAttribute('part', part);
    for (const element of container.getElementsByClassName(className)) {
      element.setAttribute('part', part);
    }
  }
}
