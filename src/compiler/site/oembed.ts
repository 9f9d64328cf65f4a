import { escapeMarkup } from '../../content/escape-markup.ts';
import type { Post } from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { siteUrl } from '../../content/site-url.ts';

type OembedSite = Pick<SiteConfig, 'title' | 'origin' | 'base'>;

/**
 * The iframe embed of a post, as build outputs: every post has a variant page at
 * `<permalink>embed/` (the app's embed route renders it) and a static oEmbed JSON beside it,
 * which the post page names in `<link rel="alternate" type="application/json+oembed">`
 * (src/app/head/head-tags.ts `oembedPath`; a test checks both agree).
 */
export const EMBED_DIR = 'embed/';
export const OEMBED_FILE = `${EMBED_DIR}oembed.json`;

/** Size of the iframe before the embed reports its height (README "Embedding"). */
export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 600;

/** `/blog/a/` → `blog/a/embed/index.html`, relative to the output folder. */
export function embedPageFile(postPath: string): string {
  return `${postPath.replace(/^\/+/, '')}${EMBED_DIR}index.html`;
}

/** `/blog/a/` → `blog/a/embed/oembed.json`, relative to the output folder. */
export function oembedFile(postPath: string): string {
  return `${postPath.replace(/^\/+/, '')}${OEMBED_FILE}`;
}

/** The copy-paste iframe of a post: no inline style or script, so a strict host CSP allows it. */
export function embedIframeHtml(site: OembedSite, post: Pick<Post, 'path' | 'title'>): string {
  const src = siteUrl(site, `${post.path}${EMBED_DIR}`);
  return (
    `<iframe class="folio-embed" src="${escapeMarkup(src)}" title="${escapeMarkup(post.title)}" ` +
    `width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" loading="lazy"></iframe>`
  );
}

/** oEmbed 1.0 "rich" response (https://oembed.com section 2.3.4) for one post. */
export function oembedJson(site: OembedSite, post: Post): string {
  return JSON.stringify({
    version: '1.0',
    type: 'rich',
    title: post.title,
    ...(post.author === '' ? {} : { author_name: post.author }),
    provider_name: site.title,
    provider_url: siteUrl(site, '/'),
    html: embedIframeHtml(site, post),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  });
}

/**
 * `<head>` tags of the embed page, which the build writes as an app shell (the app renders
 * the post from its JSON): a title, and no indexing (the post page is the one to index).
 * `data-folio-head` lets the app's head manager replace them.
 */
export function embedPageHead(site: OembedSite, post: Pick<Post, 'path' | 'title'>): string {
  return [
    `<title>${escapeMarkup(`${post.title} — ${site.title}`)}</title>`,
    '<meta data-folio-head name="robots" content="noindex">',
    `<link data-folio-head rel="canonical" href="${escapeMarkup(siteUrl(site, post.path))}">`,
  ].join('\n    ');
}
