import type { Element, ElementContent } from 'hast';
import { element, text } from './hast-builders.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';

const ALIGN = /^align(?:left|right|center|none)$/;

/**
 * `[caption id="attachment_1" align="aligncenter" width="721"]<a><img></a> Caption[/caption]`,
 * as WordPress core renders it: a figure with the image and the rest as figcaption (or the
 * `caption` attribute, which older exports use instead of inner text).
 */
export const caption: ShortcodeHandler = ({ named, children }) => {
  const mediaIndex = children.findIndex(isMedia);
  const media = mediaIndex === -1 ? [] : children.slice(0, mediaIndex + 1).filter(isMedia);
  const rest = mediaIndex === -1 ? children : children.slice(mediaIndex + 1);
  const captionNodes =
    named.caption !== undefined && named.caption.trim() !== ''
      ? [text(named.caption.trim())]
      : trimText(rest);

  const align = named.align?.trim() ?? '';
  const className = ['wp-caption', ...(ALIGN.test(align) ? [align] : [])];
  // `width` is left to the image itself: posts carry no inline styles outside code.
  return [
    element('figure', { className }, [
      ...media,
      ...(captionNodes.length > 0
        ? [element('figcaption', { className: ['wp-caption-text'] }, captionNodes)]
        : []),
    ]),
  ];
};

/** An image, or a link wrapping one. */
function isMedia(node: ElementContent): node is Element {
  if (node.type !== 'element') return false;
  if (node.tagName === 'img') return true;
  return node.tagName === 'a' && node.children.some(isMedia);
}

function trimText(nodes: ElementContent[]): ElementContent[] {
  const kept = nodes.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  return kept.map((node, index) => {
    if (node.type !== 'text') return node;
    let value = node.value;
    if (index === 0) value = value.trimStart();
    if (index === kept.length - 1) value = value.trimEnd();
    return text(value);
  });
}
