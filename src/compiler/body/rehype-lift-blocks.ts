import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Elements that cannot live inside a <p>: a browser would close the paragraph before them. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/**
 * Splits paragraphs around block elements placed in them (a `[tweet_box]` or `[caption]` in
 * the middle of a sentence), so the HTML reads the same after a browser parses it again.
 * Paragraph pieces holding only whitespace are dropped.
 */
export function rehypeLiftBlocks() {
  return (tree: Root) => {
    tree.children = tree.children.flatMap((child): RootContent[] =>
      child.type === 'doctype' ? [child] : liftChildren([child]),
    );
  };
}

function liftChildren(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) => {
    if (child.type !== 'element') return [child];
    child.children = liftChildren(child.children);
    return child.tagName === 'p' && child.children.some(isBlock) ? splitParagraph(child) : [child];
  });
}

function splitParagraph(paragraph: Element): ElementContent[] {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (
      run.some(
        (node) =>
          (node.type === 'element' && node.tagName !== 'br') ||
          (node.type === 'text' && node.value.trim() !== ''),
      )
    ) {
      out.push({ ...paragraph, children: trimRun(run) });
    }
    run = [];
  };
  for (const child of paragraph.children) {
    if (isBlock(child)) {
      flush();
      out.push(child);
    } else {
      run.push(child);
    }
  }
  flush();
  return out;
}

/** A piece starts and ends with its words: the <br>s that separated it from the block go. */
function trimRun(nodes: ElementContent[]): ElementContent[] {
  const run = [...nodes];
  const edge = (node: ElementContent | undefined) =>
    node !== undefined &&
    ((node.type === 'element' && node.tagName === 'br') ||
      (node.type === 'text' && node.value.trim() === ''));
  while (edge(run[0])) run.shift();
  while (edge(run.at(-1))) run.pop();
  return run.map((node, index) => {
    if (node.type !== 'text') return node;
    let value = node.value;
    if (index === 0) value = value.trimStart();
    if (index === run.length - 1) value = value.trimEnd();
    return { ...node, value };
  });
}

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && BLOCK.has(node.tagName);
}
