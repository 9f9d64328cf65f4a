import type { Post } from '../../content/post-schema.ts';
import { prepareHtml } from '../embed-html.ts';
import { postLocations, postUrl, type PostLocation } from '../embed-source.ts';
import type { ElementKind } from './embed-element.ts';
import { countOf, postViewOf } from './element-options.ts';
import { loadPost } from './load-data.ts';
import { postFull } from './post-full.ts';
import { postTeaser } from './post-teaser.ts';
import { elementContext, elementMessages } from './site-context.ts';

/**
 * `<folio-post src base locale time-zone view sections site-name theme>`: one post, as a
 * teaser (the default) or in full, its sections optionally limited (README "Script tag").
 */
export const folioPost: ElementKind<{ post: Post; location: PostLocation }> = {
  attributes: ['src', 'base', 'locale', 'time-zone', 'view', 'sections', 'site-name'],
  source(host) {
    const src = host.getAttribute('src') ?? '';
    const locations = postLocations(src, host.ownerDocument.baseURI, host.getAttribute('base'));
    if (locations === null || locations.length === 0) return null;
    return {
      key: JSON.stringify(locations),
      load: (signal) => loadPost(locations, signal),
    };
  },
  texts(host) {
    const src = host.getAttribute('src') ?? '';
    const messages = elementMessages(host);
    return {
      loading: messages.loading,
      invalid: { title: 'No post to show', text: `“${src}” is not the address of a Folio post.` },
      notFound: { title: 'Post not found', text: `There is no post at ${src}. It may have moved.` },
      failed: 'Could not load this post',
      tryAgain: messages.tryAgain,
    };
  },
  render(host, { post: loaded, location }) {
    const context = elementContext(host, location.siteUrl, loaded.date);
    const url = postUrl({ siteUrl: location.siteUrl, path: loaded.path });
    const readOn = context.messages.readOnSite(context.siteName);
    const view = postViewOf(host.getAttribute('view'), host.getAttribute('sections'));
    const { post, css } = prepareHtml(loaded, location.siteUrl, host.ownerDocument);
    const content =
      view === 'teaser'
        ? postTeaser(context, post, { url, text: readOn })
        : postFull(context, post, {
            url,
            readOn,
            limit: countOf(host.getAttribute('sections'), post.sections.length),
          });
    return {
      content,
      view: { kind: 'post', url, title: post.title },
      postUrl: url,
      css: view === 'full' ? css : '',
    };
  },
};
