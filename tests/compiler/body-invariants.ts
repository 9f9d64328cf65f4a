import { decodeHTML } from 'entities';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const SHORTCODE =
  /\[(?:caption|wp_caption|embed|tweet_box|tweet_dis|tweet_dis_img|youtube|slideshare|display-posts|ultimatetables|table|adrotate|sourcecode|codesyntax|pwt|gallery|playlist|audio|video|vc_\w+|et_pb_\w+)(?=[\s\]/=])|\[\/[a-z][\w-]*\]/;
const ESCAPED_MARKUP = /<\/?(?:span|p|div|a|strong|em|br|img)\b[^>]*>|&lt;\/?(?:span|p|div)\b|\{#/;

/**
 * What must hold for every compiled post's body (`html`, from its JSON: article-html.ts),
 * whatever its source `sourceBody` (issue 3's corpus rules): no shortcode brackets, `{#`, or
 * escaped markup in visible text outside code, every in-page link resolves, and every `<pre>`
 * of the source survives as one `<pre>` with the same text (up to whitespace).
 * Returns the problems found, empty when the post is fine.
 */
export function bodyProblems(sourceBody: string, html: string): string[] {
  const tree = fromHtml(html, { fragment: true });
  const problems: string[] = [];
  const visible = textOutsideCode(tree);
  const shortcode = SHORTCODE.exec(visible);
  if (shortcode) problems.push(`shortcode brackets: ${around(visible, shortcode.index)}`);
  const escaped = ESCAPED_MARKUP.exec(visible);
  if (escaped) problems.push(`markup as text: ${around(visible, escaped.index)}`);

  const ids = new Set<string>();
  const hrefs: string[] = [];
  const pres: string[] = [];
  walk(tree, (node) => {
    if (node.type !== 'element') return;
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (node.tagName === 'a' && typeof node.properties.href === 'string')
      hrefs.push(node.properties.href);
    if (node.tagName === 'pre') pres.push(normalizePre(textOf(node)));
  });
  for (const href of hrefs) {
    if (!href.startsWith('#') || href === '#' || href.toLowerCase() === '#top') continue;
    if (!ids.has(decodeURIComponent(href.slice(1))))
      problems.push(`in-page link ${href} has no target`);
  }
  const output = [...pres];
  for (const match of sourceBody.matchAll(/<pre\b[^>]*>([^]*?)<\/pre>/gi)) {
    const text = normalizePre(
      decodeHTML((match[1] ?? '').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '')),
    );
    const index = output.indexOf(text);
    if (index === -1) problems.push(`<pre> lost or changed: ${text.slice(0, 80)}`);
    else output.splice(index, 1);
  }
  return problems;
}

/**
 * Survival, not layout: whitespace is ignored here (wpautop drops some `<br>`s inside `<pre>`,
 * as WordPress did); exactness against WordPress's own rendering is scripts/fidelity.ts's job.
 */
function normalizePre(text: string): string {
  return text.replace(/\s+/g, '');
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if (node.type === 'root' || node.type === 'element')
    for (const child of node.children) walk(child, visit);
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  if (node.type === 'root' || node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function textOutsideCode(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && ['pre', 'code', 'kbd', 'samp'].includes(node.tagName)) return ' ';
  if (node.type === 'root' || node.type === 'element')
    return node.children.map(textOutsideCode).join('');
  return '';
}

function around(text: string, index: number): string {
  return JSON.stringify(text.slice(Math.max(0, index - 40), index + 40));
}
