import type { Element, Root } from 'hast';
import { EMBED_SANDBOX, isAllowedEmbedSrc } from '../shortcodes/video-embed.ts';
import { isScriptUrl } from './rehype-audit.ts';

/**
 * Classes a post may carry: WordPress layout and block classes and the ones Folio writes.
 * None can start with `folio-` (the app's own) or match other app styles.
 */
const ALLOWED_CLASS =
  /^(?:align(?:left|right|center|none|wide|full)|size-[\w-]+|wp-caption(?:-text)?|wp-image-\d+|wp-block-[a-z0-9-]+|has-text-align-(?:left|center|right)|tweet-(?:box|dis)(?:-share)?|twitter-tweet|video-embed(?:-youtube|-vimeo|-frame)?|shiki|language-[\w+#.-]+)$/;
/** Colours and font styles only: enough for pre-highlighted code, never for layout or overlays. */
const SAFE_DECLARATION =
  /^\s*(?:color|background-color|font-weight|font-style|text-decoration)\s*:\s*[#\w\s.,%()-]*$/i;
/** Shiki's dual-theme variables: a colour or a font keyword, nothing else. */
const SHIKI_DECLARATION =
  /^\s*--shiki-(?:light|dark)(?:-font-style|-font-weight|-text-decoration)?\s*:\s*(?:#[0-9a-f]{3,8}|italic|bold|normal|underline|none|inherit)\s*$/i;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'poster',
  'cite',
  'action',
  'formAction',
  'xLinkHref',
  'background',
  'data',
  'longDesc',
];

/**
 * Runs after rehype-sanitize and narrows what it let through: classes to an allowlist,
 * `style` to colour declarations on spans in code, iframes to Folio's own sandboxed video
 * players, every URL attribute to safe schemes (also inside `srcset`), and every
 * `target="_blank"` link gets `rel="noopener noreferrer"`.
 */
export function rehypeSafeAttributes() {
  return (tree: Root) => {
    for (const child of tree.children) if (child.type === 'element') check(child, false);
  };
}

function check(node: Element, inCode: boolean): void {
  const props = node.properties;
  if (props.className !== undefined) {
    const list = Array.isArray(props.className)
      ? props.className.map(String)
      : String(props.className).split(/\s+/);
    const kept = list.filter((name) => ALLOWED_CLASS.test(name));
    if (kept.length > 0) props.className = kept;
    else delete props.className;
  }
  if (props.style !== undefined) {
    const style = inCode && node.tagName === 'span' ? safeStyle(String(props.style)) : '';
    if (style === '') delete props.style;
    else props.style = style;
  }
  for (const key of URL_ATTRIBUTES) {
    if (typeof props[key] === 'string' && isScriptUrl(props[key])) props[key] = undefined;
  }
  if (
    typeof props.srcSet === 'string' &&
    props.srcSet
      .split(',')
      .some((part) => !/^\s*(?:https:\/\/|\/)[^\s,]*(?:\s+[\d.]+[wx])?\s*$/.test(part))
  ) {
    delete props.srcSet;
  }
  if (node.tagName === 'a') fixLink(node);
  if (node.tagName === 'iframe') fixFrame(node);
  if (node.tagName === 'pre') {
    if (props.tabIndex !== undefined && props.tabIndex !== 0) delete props.tabIndex;
    if (typeof props.dataLanguage === 'string' && !/^[\w+#.-]{1,30}$/.test(props.dataLanguage))
      delete props.dataLanguage;
  }
  for (const key of ['loading', 'decoding', 'preload'] as const) {
    if (
      props[key] !== undefined &&
      !['lazy', 'eager', 'async', 'sync', 'auto', 'none', 'metadata'].includes(String(props[key]))
    ) {
      props[key] = undefined;
    }
  }
  const childInCode = inCode || node.tagName === 'code' || node.tagName === 'pre';
  for (const child of node.children) if (child.type === 'element') check(child, childInCode);
}

function safeStyle(style: string): string {
  return style
    .split(';')
    .filter(
      (declaration) =>
        (SAFE_DECLARATION.test(declaration) || SHIKI_DECLARATION.test(declaration)) &&
        !/url|expression|var\(|\\|@/i.test(declaration),
    )
    .map((declaration) => declaration.trim())
    .join(';');
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

/** Only the players video-embed.ts writes survive, always sandboxed, lazy and empty inside. */
function fixFrame(node: Element): void {
  const props = node.properties;
  const src = typeof props.src === 'string' ? props.src : '';
  if (!isAllowedEmbedSrc(src)) {
    node.tagName = 'span';
    node.properties = {};
    node.children = [];
    return;
  }
  props.sandbox = EMBED_SANDBOX.split(' ');
  props.loading = 'lazy';
  // An iframe's content is raw text to the HTML parser: nothing may be serialized inside it.
  node.children = [];
}
