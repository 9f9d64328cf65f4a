import type { Element, ElementContent, Properties, Text } from 'hast';

/** Tiny hast constructors for shortcode output (no hastscript: it is not a direct dependency). */
export function element(
  tagName: string,
  properties: Properties,
  children: ElementContent[] = [],
): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

/** An http(s) URL string, or null: shortcode attributes are author input. */
export function httpUrl(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
