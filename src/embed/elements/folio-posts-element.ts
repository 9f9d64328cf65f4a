import type { IndexPage } from '../../content/post-schema.ts';
import { postUrl, siteUrlOf } from '../embed-source.ts';
import type { ElementKind } from './embed-element.ts';
import { countOf, listViewOf } from './element-options.ts';
import { loadIndex } from './load-data.ts';
import { postList } from './post-list.ts';
import { elementContext, elementMessages } from './site-context.ts';

/** How many of the latest posts `<folio-posts>` shows without a `limit`. */
export const DEFAULT_LIMIT = 3;

/**
 * `<folio-posts src limit view locale time-zone theme>`: the latest posts (at most the site's
 * page size), as cards or compact (README "Script tag").
 */
export const folioPosts: ElementKind<{ index: IndexPage; siteUrl: string }> = {
  attributes: ['src', 'limit', 'view', 'locale', 'time-zone'],
  source(host) {
    const siteUrl = siteUrlOf(host.getAttribute('src') ?? '', host.ownerDocument.baseURI);
    if (siteUrl === null) return null;
    return {
      key: siteUrl,
      load: async (signal) => ({ index: await loadIndex(siteUrl, signal), siteUrl }),
    };
  },
  texts(host) {
    const src = host.getAttribute('src') ?? '';
    const messages = elementMessages(host);
    return {
      loading: messages.loading,
      invalid: { title: 'No posts to show', text: `“${src}” is not the address of a Folio site.` },
      notFound: { title: 'No posts found', text: `There is no Folio site at ${src}.` },
      failed: 'Could not load the posts',
      tryAgain: messages.tryAgain,
    };
  },
  render(host, { index, siteUrl }) {
    const posts = index.posts.slice(0, countOf(host.getAttribute('limit'), DEFAULT_LIMIT));
    const context = elementContext(host, siteUrl, posts[0]?.date);
    return {
      content: postList({ ...context, noPosts: context.messages.noPostsYet }, posts, {
        view: listViewOf(host.getAttribute('view')),
        urlOf: (post) => postUrl({ siteUrl, path: post.path }),
      }),
      view: { kind: 'posts', url: siteUrl, title: '' },
      postUrl: null,
    };
  },
};
