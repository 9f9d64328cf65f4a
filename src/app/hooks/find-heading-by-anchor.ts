/**
 * Old links name headings in another dialect than the current ids: kramdown ids
 * (`containerlinuxbecomes…`) versus GitHub-style slugs (`container-linux-becomes-…`), or
 * slugs of the heading text. Both reduce to the same letters and digits, so that is what
 * is compared.
 */
export function normalizeAnchor(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The first heading of the article whose id or text matches `anchor` once both are normalized. */
export function findHeadingByAnchor(root: ParentNode, anchor: string): HTMLElement | null {
  const wanted = normalizeAnchor(anchor);
  if (wanted === '') return null;
  const headings = root.querySelectorAll<HTMLElement>('article :is(h1, h2, h3, h4, h5, h6)');
  for (const heading of headings) {
    // The text includes the "#" of the anchor link, which normalizing drops.
    if (normalizeAnchor(heading.id) === wanted) return heading;
    if (normalizeAnchor(heading.textContent) === wanted) return heading;
  }
  return null;
}
