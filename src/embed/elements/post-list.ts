import type { PostSummary } from '../../content/post-schema.ts';
import { byline, type BylineContext } from './byline.ts';
import { h } from './build-dom.ts';
import type { ListView } from './element-options.ts';

/**
 * `<folio-posts>`: the latest posts, each title a link to the post's page. `cards` add the
 * author and an excerpt (clamped); `compact` is a title of one or two lines and a date,
 * for a sidebar.
 */
export function postList(
  context: BylineContext & { noPosts: string },
  posts: readonly PostSummary[],
  options: { view: ListView; urlOf: (post: PostSummary) => string },
): HTMLElement {
  if (posts.length === 0) return h('p', { class: 'folio-empty' }, context.noPosts);
  const compact = options.view === 'compact';
  return h(
    'ol',
    { class: `folio-post-list folio-post-list-${options.view}`, part: 'list' },
    ...posts.map((post) =>
      h(
        'li',
        { class: 'folio-post-item', part: 'card' },
        h(
          'h2',
          { class: 'folio-post-item-title', part: 'card-title' },
          h('a', { href: options.urlOf(post) }, post.title),
        ),
        byline(context, post, { author: compact ? false : 'name', readingTime: false }),
        !compact &&
          post.excerpt !== '' &&
          h('p', { class: 'folio-excerpt', part: 'excerpt' }, post.excerpt),
      ),
    ),
  );
}
