import type { Nodes } from 'hast';

/** Block elements: their text is kept apart from its neighbours' by a space. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'br',
]);
/** Never visible to a reader. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text a reader sees, with a space wherever a block boundary separates words (unlike
 * hast-util-to-string, which would glue "end.Next" across paragraphs).
 */
export function plainText(nodes: Nodes | Nodes[]): string {
  const list = Array.isArray(nodes) ? nodes : [nodes];
  let out = '';
  for (const node of list) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      if (HIDDEN.has(node.tagName)) continue;
      const block = BLOCK.has(node.tagName);
      if (block) out += ' ';
      out += plainText(node.children);
      if (block) out += ' ';
    } else if (node.type === 'root') out += plainText(node.children);
  }
  return out;
}
