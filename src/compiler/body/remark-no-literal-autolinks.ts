import type { Link, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/**
 * remark-gfm turns bare URLs into links; PHP Markdown, which these posts were written for,
 * does not, and a URL glued to a shortcode (`https://youtu.be/x[/embed]`) would swallow the
 * brackets. Links written as `[text](url)`, `[text][ref]` or `<url>` are kept.
 */
export function remarkNoLiteralAutolinks() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'link', (node: Link, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || index === undefined || !parent) return;
      const written = source.slice(start, end);
      if (written.startsWith('[') || written.startsWith('<')) return;
      const text: Text = { type: 'text', value: written };
      parent.children.splice(index, 1, text);
      return [SKIP, index + 1];
    });
  };
}
