import type { Post } from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { ATOM_FEED_FILE, JSON_FEED_FILE, RSS_FEED_FILE } from '../../content/site-files.ts';
import { absoluteUrls } from './absolute-urls.ts';
import { siteUrl } from '../../content/site-url.ts';
import { articleHtml } from './article-html.ts';
import { xmlText } from './xml-text.ts';

type FeedSite = Pick<SiteConfig, 'title' | 'origin' | 'base' | 'locale'>;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the given posts (the newest ones, newest first),
 * each with its full text: the joined section HTML with every URL made absolute, so images
 * and links work in a feed reader. No timestamp of the build goes in, so two builds of the
 * same posts write the same bytes; the feed's "updated" is its newest post's date.
 *
 * Written here, every value through xmlText, rather than with the `feed` package (dropped
 * from package.json). feed 6.0.0 and the xml-js 1.6.11 it writes with, both the latest, lose
 * what these feeds carry: xml-js splits only the first `]]>` of a CDATA section, so a post
 * with two (an XML sample in a code block) makes the whole feed unreadable; Atom titles and
 * summaries go out as `type="html"`, so a plain-text title like "The <ip> command" turns into
 * markup; Atom and JSON dates are rewritten in UTC (the site's offset is gone); Atom gets no
 * `xml:lang` and JSON Feed stays at 1.0 with no `language`; RSS names the author in
 * `<author>`, which RSS keeps for an e-mail address; text has `&amp;` un-escaped before it is
 * escaped, so a literal "&amp;" comes out as "&". None of it is an option of the package.
 */
export function feedFiles(site: FeedSite, posts: Post[]): Map<string, string> {
  const items = posts.map((post) => {
    const url = siteUrl(site, post.path);
    return { post, url, html: fullHtml(post, url) };
  });
  const home = siteUrl(site, '/');
  const updated = posts[0]?.date ?? '1970-01-01T00:00:00Z';

  const rss = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${xmlText(site.title)}</title>`,
    `<link>${xmlText(home)}</link>`,
    `<description>${xmlText(`Latest posts from ${site.title}`)}</description>`,
    `<language>${xmlText(site.locale)}</language>`,
    `<lastBuildDate>${rfc822(updated)}</lastBuildDate>`,
    `<atom:link href="${xmlText(siteUrl(site, RSS_FEED_FILE))}" rel="self" type="application/rss+xml"/>`,
    ...items.map(({ post, url, html }) =>
      [
        '<item>',
        `<title>${xmlText(post.title)}</title>`,
        `<link>${xmlText(url)}</link>`,
        `<guid isPermaLink="true">${xmlText(url)}</guid>`,
        `<pubDate>${rfc822(post.date)}</pubDate>`,
        post.author === '' ? '' : `<dc:creator>${xmlText(post.author)}</dc:creator>`,
        `<description>${xmlText(post.excerpt)}</description>`,
        `<content:encoded>${xmlText(html)}</content:encoded>`,
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');

  const atom = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(site.locale)}">`,
    `<id>${xmlText(home)}</id>`,
    `<title>${xmlText(site.title)}</title>`,
    `<updated>${xmlText(updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(siteUrl(site, ATOM_FEED_FILE))}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(home)}"/>`,
    // Atom requires an author for every entry; the site stands in for posts without one.
    `<author><name>${xmlText(site.title)}</name></author>`,
    ...items.map(({ post, url, html }) =>
      [
        '<entry>',
        `<id>${xmlText(url)}</id>`,
        `<title type="text">${xmlText(post.title)}</title>`,
        `<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
        `<published>${xmlText(post.date)}</published>`,
        `<updated>${xmlText(post.date)}</updated>`,
        post.author === '' ? '' : `<author><name>${xmlText(post.author)}</name></author>`,
        `<summary type="text">${xmlText(post.excerpt)}</summary>`,
        `<content type="html">${xmlText(html)}</content>`,
        '</entry>',
      ].join(''),
    ),
    '</feed>',
    '',
  ].join('\n');

  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: home,
    feed_url: siteUrl(site, JSON_FEED_FILE),
    language: site.locale,
    items: items.map(({ post, url, html }) => ({
      id: url,
      url,
      title: post.title,
      content_html: html,
      summary: post.excerpt,
      date_published: post.date,
      ...(post.author === '' ? {} : { authors: [{ name: post.author }] }),
    })),
  };

  return new Map([
    [RSS_FEED_FILE, rss],
    [ATOM_FEED_FILE, atom],
    [JSON_FEED_FILE, `${JSON.stringify(json, null, 2)}\n`],
  ]);
}

/** The article as one HTML document fragment, its URLs absolute (a feed has no base). */
function fullHtml(post: Post, url: string): string {
  return absoluteUrls(articleHtml(post), url);
}

/** RFC 822 date as RSS wants it: `Tue, 30 Jan 2018 23:10:27 GMT`. */
function rfc822(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? xmlText(iso) : date.toUTCString();
}
