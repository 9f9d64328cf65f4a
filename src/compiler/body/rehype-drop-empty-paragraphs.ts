import type { ElementContent, Root, RootContent } from 'hast';

/**
 * Removes paragraphs left with nothing in them (or only `&nbsp;` and <br>), typically those that only held a script,
 * style or iframe the sanitizer dropped, or wpautop's wrapper around a lone shortcode.
 */
export function rehypeDropEmptyParagraphs() {
  return (tree: Root) => {
    const kept = tree.children.filter((child: RootContent) => keep(child));
    // Where a paragraph went, the newlines around it would pile up: keep one of them.
    tree.children = kept.filter((child, index) => !(isBlank(child) && isBlank(kept[index - 1])));
  };
}

function keep(node: RootContent | ElementContent): boolean {
  if (node.type !== 'element') return true;
  node.children = node.children.filter(keep);
  if (node.tagName !== 'p') return true;
  // `&nbsp;` spacers and lone <br>s are blank too (JavaScript's trim() covers NBSP).
  return node.children.some(
    (child) =>
      (child.type === 'element' && child.tagName !== 'br') ||
      (child.type === 'text' && child.value.trim() !== ''),
  );
}

function isBlank(node: RootContent | undefined): boolean {
  return node?.type === 'text' && node.value.trim() === '';
}
