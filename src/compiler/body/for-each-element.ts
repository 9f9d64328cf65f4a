import type { Element, Root } from 'hast';

/**
 * Calls `visit` for every element in document order, without unist-util-visit's per-node
 * ancestor arrays (a post has tens of thousands of nodes and a dozen passes walk them).
 * Iterative, so no nesting depth can overflow the stack.
 */
export function forEachElement(tree: Root | Element, visit: (node: Element) => void): void {
  const stack: (Root | Element)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.type === 'element') visit(node);
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index];
      if (child?.type === 'element') stack.push(child);
    }
  }
}
