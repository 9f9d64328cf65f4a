import type { IndexPage, Post } from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { ATOM_FEED_FILE, JSON_FEED_FILE, RSS_FEED_FILE } from '../../content/site-files.ts';
import { indexPagePath } from '../../content/data-paths.ts';
import { messagesFor } from '../i18n/catalogs.ts';

/**
 * The `<head>` of each page as data: the prerenderer serializes it into the HTML and the
 * browser applies it on every client navigation, so both always agree. Text from front
 * matter stays text: every value here is escaped where it is written (render-head.ts,
 * use-head.ts).
 */
export type HeadTag =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; attributes: Record<string, string> }
  | { kind: 'link'; attributes: Record<string, string> }
  | { kind: 'json-ld'; json: Record<string, unknown> };

export type HeadSite = Pick<SiteConfig, 'title' | 'origin' | 'base' | 'locale'>;

/** Search results show about this many characters of a description. */
const DESCRIPTION_LENGTH = 300;

export function pageUrl(site: Pick<SiteConfig, 'origin' | 'base'>, path: string): string {
  return `${site.origin}${site.base}${path.replace(/^\/+/, '')}`;
}

/**
 * The post's static oEmbed JSON, next to its iframe variant (`<permalink>embed/`). The build
 * writes it at the same place (src/compiler/site/oembed.ts; a test checks both agree).
 */
export function oembedPath(postPath: string): string {
  return `${postPath}embed/oembed.json`;
}

export function postHead(site: HeadSite, post: Post): HeadTag[] {
  const url = pageUrl(site, post.path);
  const title = `${post.title} — ${site.title}`;
  const description = shorten(post.excerpt);
  return [
    { kind: 'title', text: title },
    ...described(description),
    { kind: 'link', attributes: { rel: 'canonical', href: url } },
    ...openGraph(site, { type: 'article', title: post.title, description, url }),
    meta('property', 'article:published_time', post.date),
    ...(post.author === '' ? [] : [meta('property', 'article:author', post.author)]),
    ...feedLinks(site),
    {
      kind: 'link',
      attributes: {
        rel: 'alternate',
        type: 'application/json+oembed',
        title: post.title,
        href: pageUrl(site, oembedPath(post.path)),
      },
    },
    {
      kind: 'json-ld',
      json: {
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: post.title,
        ...(description === '' ? {} : { description }),
        ...(post.author === '' ? {} : { author: { '@type': 'Person', name: post.author } }),
        datePublished: post.date,
        url,
        mainEntityOfPage: { '@type': 'WebPage', '@id': url },
        publisher: { '@type': 'Organization', name: site.title },
      },
    },
  ];
}

export function indexHead(
  site: HeadSite,
  index: Pick<IndexPage, 'page'> & Partial<Pick<IndexPage, 'pageCount'>>,
): HeadTag[] {
  const messages = messagesFor(site.locale);
  const url = pageUrl(site, indexPagePath(index.page));
  const title = index.page > 1 ? `${messages.pageNumber(index.page)} — ${site.title}` : site.title;
  const description = messages.indexDescription(site.title, index.page);
  return [
    { kind: 'title', text: title },
    ...described(description),
    { kind: 'link', attributes: { rel: 'canonical', href: url } },
    ...pageLinks(site, index.page, index.pageCount ?? index.page, indexPagePath),
    ...openGraph(site, { type: 'website', title, description, url }),
    ...feedLinks(site),
  ];
}

/**
 * `<link rel="prev">` and `<link rel="next">` between the pages of a paged list, as on the
 * pagination links themselves: crawlers and browser extensions follow them.
 */
export function pageLinks(
  site: HeadSite,
  page: number,
  pageCount: number,
  pathOf: (page: number) => string,
): HeadTag[] {
  const link = (rel: string, to: number): HeadTag => ({
    kind: 'link',
    attributes: { rel, href: pageUrl(site, pathOf(to)) },
  });
  return [
    ...(page > 1 ? [link('prev', page - 1)] : []),
    ...(page < pageCount ? [link('next', page + 1)] : []),
  ];
}

export function notFoundHead(site: HeadSite): HeadTag[] {
  return [
    { kind: 'title', text: `${messagesFor(site.locale).pageNotFound} — ${site.title}` },
    meta('name', 'robots', 'noindex'),
    ...feedLinks(site),
  ];
}

export function described(description: string): HeadTag[] {
  return description === '' ? [] : [meta('name', 'description', description)];
}

export function openGraph(
  site: HeadSite,
  page: { type: string; title: string; description: string; url: string },
): HeadTag[] {
  return [
    meta('property', 'og:type', page.type),
    meta('property', 'og:site_name', site.title),
    meta('property', 'og:title', page.title),
    ...(page.description === '' ? [] : [meta('property', 'og:description', page.description)]),
    meta('property', 'og:url', page.url),
    meta('property', 'og:locale', site.locale.replace('-', '_')),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', page.title),
    ...(page.description === '' ? [] : [meta('name', 'twitter:description', page.description)]),
  ];
}

export function feedLinks(site: HeadSite): HeadTag[] {
  const link = (type: string, file: string): HeadTag => ({
    kind: 'link',
    attributes: { rel: 'alternate', type, title: site.title, href: pageUrl(site, file) },
  });
  return [
    link('application/rss+xml', RSS_FEED_FILE),
    link('application/atom+xml', ATOM_FEED_FILE),
    link('application/feed+json', JSON_FEED_FILE),
  ];
}

function meta(key: 'name' | 'property', name: string, content: string): HeadTag {
  return { kind: 'meta', attributes: { [key]: name, content } };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH / 2))}…`;
}
