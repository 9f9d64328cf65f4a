import type { PostSection } from '../../content/post-schema.ts';
import { h } from './build-dom.ts';

/**
 * The teaser's picture: a new `<img>` with only the address, text alternative and size of the
 * post's first image (from its prepared sections, so the address is already absolute), parsed
 * in an inert `<template>`. Null when the post has none. A picture that fails to load (a
 * hotlinked upload that is gone) is removed rather than shown broken.
 */
export function firstImage(sections: readonly PostSection[]): HTMLImageElement | null {
  const template = document.createElement('template');
  for (const section of sections) {
    if (!section.html.includes('<img')) continue;
    template.innerHTML = section.html;
    const found = template.content.querySelector('img[src]');
    const src = found?.getAttribute('src') ?? '';
    if (found === null || !/^https?:/i.test(src)) continue;
    const image = h('img', {
      class: 'folio-teaser-image',
      part: 'image',
      src,
      alt: found.getAttribute('alt') ?? '',
      width: found.getAttribute('width') ?? undefined,
      height: found.getAttribute('height') ?? undefined,
      loading: 'lazy',
      decoding: 'async',
    });
    image.addEventListener('error', () => image.remove(), { once: true });
    return image;
  }
  return null;
}
