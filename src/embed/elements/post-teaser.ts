import type { Post } from '../../content/post-schema.ts';
import { byline, type BylineContext } from './byline.ts';
import { h } from './build-dom.ts';
import { firstImage } from './first-image.ts';

/**
 * `<folio-post view="teaser">`: what makes a reader click through, at any width: the first
 * image, the title, the byline, the excerpt (clamped to a few lines) and a link to the post's
 * page. Its only link is that one, so the card has a single tab stop.
 */
export function postTeaser(
  context: BylineContext,
  post: Post,
  link: { url: string; text: string },
): HTMLElement {
  return h(
    'article',
    { class: 'folio-teaser' },
    firstImage(post.sections),
    h('h2', { class: 'folio-teaser-title', part: 'title' }, post.title),
    byline(context, post, { author: 'by', readingTime: true }),
    post.excerpt !== '' && h('p', { class: 'folio-excerpt', part: 'excerpt' }, post.excerpt),
    h('p', { class: 'folio-embed-more', part: 'more' }, h('a', { href: link.url }, link.text)),
  );
}
