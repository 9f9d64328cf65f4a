import { formatPostDate } from '../../app/format-date.ts';
import type { Messages } from '../../app/i18n/messages.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { h, type Child } from './build-dom.ts';

/** What a byline reads: the site's dates (locale, zone) and the interface strings. */
export interface BylineContext {
  site: Pick<SiteConfig, 'locale' | 'timeZone'>;
  messages: Messages;
}

/**
 * "By Ada Lovelace · January 30, 2018 · 6 min read", the parts a view asks for, with the
 * app's classes; the separators are hidden from screen readers, which pause between spans.
 */
export function byline(
  context: BylineContext,
  post: { author: string; date: string; readingMinutes?: number },
  parts: { author: 'by' | 'name' | false; readingTime: boolean },
): HTMLParagraphElement {
  const items: Child[] = [];
  if (parts.author !== false && post.author !== '') {
    const name = parts.author === 'by' ? context.messages.byAuthor(post.author) : post.author;
    items.push(h('span', { class: 'folio-author' }, name));
  }
  items.push(
    h(
      'time',
      { class: 'folio-date', datetime: post.date },
      formatPostDate(post.date, context.site),
    ),
  );
  if (parts.readingTime && post.readingMinutes !== undefined) {
    const text = context.messages.readingTime(post.readingMinutes);
    items.push(h('span', { class: 'folio-reading-time' }, text));
  }
  const children = items.flatMap((item, index) =>
    index === 0
      ? [item]
      : [h('span', { class: 'folio-byline-separator', 'aria-hidden': 'true' }, '·'), item],
  );
  return h('p', { class: 'folio-byline', part: 'byline' }, ...children);
}
