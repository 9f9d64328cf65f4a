import type { Post, PostSection } from '../../content/post-schema.ts';
import { byline, type BylineContext } from './byline.ts';
import { h, proseBlock } from './build-dom.ts';

/**
 * `<folio-post view="full">`: the article as the site shows it (title, byline, sections with
 * their heading anchors) at a readable measure, optionally cut after `limit` sections (the
 * intro counts as one) with a "Continue reading" link to the first section left out.
 */
export function postFull(
  context: BylineContext,
  post: Post,
  options: { url: string; limit: number; readOn: string },
): HTMLElement {
  const shown = post.sections.slice(0, options.limit);
  const next = post.sections[shown.length];
  const more =
    next === undefined
      ? h('a', { href: options.url }, options.readOn)
      : h(
          'a',
          { href: next.id === '' ? options.url : `${options.url}#${encodeURIComponent(next.id)}` },
          'Continue reading',
        );
  return h(
    'article',
    { class: 'folio-article' },
    h(
      'header',
      { class: 'folio-article-header' },
      h('h1', { class: 'folio-article-title', part: 'title' }, post.title),
      byline(context, post, { author: 'by', readingTime: true }),
    ),
    ...shown.map((section) => articleSection(context, section)),
    h('p', { class: 'folio-embed-more', part: 'more' }, more),
  );
}

/** One section, as the app's ArticleSection renders it: the intro has no heading. */
function articleSection(context: BylineContext, section: PostSection): HTMLElement {
  const body = proseBlock(section.html);
  if (section.level === 0) return h('section', { class: 'folio-section' }, body);
  const heading = h('h2', { class: 'folio-section-heading', part: 'heading' }, section.title);
  if (section.id === '') return h('section', { class: 'folio-section' }, heading, body);
  heading.id = section.id;
  // The click handler (embed-clicks.ts) scrolls to it and copies its URL.
  heading.append(
    ' ',
    h(
      'a',
      {
        href: `#${section.id}`,
        class: 'folio-anchor',
        'aria-label': context.messages.linkToSection(section.title),
      },
      '#',
    ),
  );
  return h('section', { class: 'folio-section', 'aria-labelledby': section.id }, heading, body);
}
