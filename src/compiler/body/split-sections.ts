import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { PostSection } from '../../content/post-schema.ts';
import { plainText } from './plain-text.ts';

/**
 * Cuts the body at each h2 with text: an intro (level 0, omitted when empty) and one section
 * per h2. The heading itself is not in `html`; the app renders it with its anchor. Ids inside
 * the heading (`<h2><a id="x"></a>X</h2>`) are link targets too: each becomes an empty
 * `<a id>` at the top of the section. An h2 without text starts no section and stays in the
 * one before it.
 */
export function splitSections(tree: Root, stringify: (root: Root) => string): PostSection[] {
  const sections: PostSection[] = [];
  let current = { id: '', title: '', level: 0 };
  let nodes: RootContent[] = [];
  const flush = () => {
    const html = stringify({ type: 'root', children: nodes }).trim();
    if (current.level > 0 || html !== '') sections.push({ ...current, html });
    nodes = [];
  };
  for (const node of tree.children) {
    const title = isH2(node) ? plainText(node).replace(/\s+/g, ' ').trim() : '';
    if (isH2(node) && title !== '') {
      flush();
      current = {
        id: typeof node.properties.id === 'string' ? node.properties.id : '',
        title,
        level: 2,
      };
      nodes.push(...innerIds(node.children));
    } else {
      nodes.push(node);
    }
  }
  flush();
  return sections;
}

/** Every id inside a heading, as empty `<a id>` elements. */
function innerIds(children: readonly ElementContent[]): Element[] {
  const anchors: Element[] = [];
  for (const child of children) {
    if (child.type !== 'element') continue;
    const { id } = child.properties;
    if (typeof id === 'string') {
      anchors.push({ type: 'element', tagName: 'a', properties: { id }, children: [] });
    }
    anchors.push(...innerIds(child.children));
  }
  return anchors;
}

function isH2(node: RootContent): node is Element {
  return node.type === 'element' && node.tagName === 'h2';
}
