import type { Element, Root } from 'hast';
import { highlightCode, shikiLanguage } from '../highlight/highlighter.ts';
import { languageHint } from '../highlight/language-hint.ts';

/**
 * Code blocks: the language is read from the block's hints (see language-hint.ts) and the
 * block is highlighted at build time when its content is plain text. A block that already
 * carries markup (pre-highlighted `<span style>` from a plugin, Live Writer's spans) is kept
 * as written. Output: `<pre class="shiki" data-language="bash"><code class="language-bash">`.
 */
export function rehypeCode() {
  return async (tree: Root) => {
    const blocks: Element[] = [];
    collect(tree, blocks);
    for (const pre of blocks) await highlightBlock(pre);
  };
}

function collect(node: Root | Element, out: Element[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'pre') out.push(child);
    else collect(child, out);
  }
}

async function highlightBlock(pre: Element): Promise<void> {
  const meaningful = pre.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  const code = only?.type === 'element' && only.tagName === 'code' ? only : undefined;
  const hint = languageHint(code, pre);
  // "text"/"plain" hints name no language: nothing to highlight or label.
  if (hint === null || /^(?:text|plain|plaintext|txt|none|nohighlight)$/.test(hint)) return;
  const holder = code ?? pre;
  if (!holder.children.every((child) => child.type === 'text')) return;
  const source = holder.children
    .map((child) => (child.type === 'text' ? child.value : ''))
    .join('');
  const language = shikiLanguage(hint) ?? hint;
  const highlighted = await highlightCode(source, hint);
  pre.properties = { className: highlighted ? ['shiki'] : [], dataLanguage: language };
  pre.children = [
    {
      type: 'element',
      tagName: 'code',
      properties: { className: [`language-${language}`] },
      children: highlighted ?? [{ type: 'text', value: source }],
    },
  ];
}
