import type { Element, Root } from 'hast';

/** Classes a post may carry: WordPress layout classes and the ones Folio's shortcodes write. */
const ALLOWED_CLASS =
  /^(?:align(?:left|right|center|none)|size-[\w-]+|wp-caption(?:-text)?|wp-image-\d+|wp-embed|tweet-(?:box|dis)(?:-share)?|language-[\w+-]+)$/;
/** Colours and font styles only: enough for highlighted code, not for page-covering overlays. */
const SAFE_DECLARATION =
  /^\s*(?:color|background-color|font-weight|font-style|text-decoration)\s*:\s*[#\w\s.,%()-]*$/i;

/**
 * Runs after rehype-sanitize and narrows what it let through: classes to an allowlist (none
 * starting with `folio-`, which belong to the app), `style` to colour declarations on spans in
 * code, and every `target="_blank"` link gets `rel="noopener noreferrer"`.
 */
export function rehypeSafeAttributes() {
  return (tree: Root) => {
    for (const child of tree.children) if (child.type === 'element') check(child, false);
  };
}

function check(node: Element, inCode: boolean): void {
  const props = node.properties;
  if (Array.isArray(props.className)) {
    const kept = props.className.map(String).filter((name) => ALLOWED_CLASS.test(name));
    if (kept.length > 0) props.className = kept;
    else delete props.className;
  }
  if (props.style !== undefined) {
    const style = inCode && node.tagName === 'span' ? safeStyle(String(props.style)) : '';
    if (style === '') delete props.style;
    else props.style = style;
  }
  if (node.tagName === 'a') fixLink(node);
  if (node.tagName === 'img' && props.loading !== 'lazy' && props.loading !== 'eager') {
    delete props.loading;
  }
  const childInCode = inCode || node.tagName === 'code' || node.tagName === 'pre';
  for (const child of node.children) if (child.type === 'element') check(child, childInCode);
}

function safeStyle(style: string): string {
  return style
    .split(';')
    .filter(
      (declaration) => SAFE_DECLARATION.test(declaration) && !/url|expression/i.test(declaration),
    )
    .map((declaration) => declaration.trim())
    .join('; ');
}

function fixLink(node: Element): void {
  const props = node.properties;
  if (props.target === undefined) return;
  if (props.target !== '_blank') {
    delete props.target;
    return;
  }
  const rel = Array.isArray(props.rel) ? props.rel.map(String) : [];
  props.rel = [...new Set([...rel, 'noopener', 'noreferrer'])];
}
