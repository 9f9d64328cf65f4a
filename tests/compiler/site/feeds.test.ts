// @vitest-environment jsdom
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { feedFiles } from '../../../src/compiler/site/feeds.ts';
import { postSchema, type Post } from '../../../src/content/post-schema.ts';

// The feeds are read back the way a feed reader reads them: parsed as XML (or JSON), then
// checked item by item, never compared as strings, so how the XML is laid out is free.

const site = {
  title: 'Folio & Co',
  origin: 'https://blog.example.com',
  base: '/blog/',
  locale: 'en-GB',
};
const RSS_CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const ATOM = 'http://www.w3.org/2005/Atom';

const post = (fields: Record<string, unknown>): Post =>
  v.parse(postSchema, {
    schemaVersion: 1,
    id: 1,
    title: 'Hello',
    path: '/2018/01/hello/',
    author: 'Ada',
    date: '2018-01-30T15:10:27-08:00',
    excerpt: 'The excerpt',
    draft: false,
    permalink: 'https://old.example.com/2018/01/hello/',
    source: 'hello.md',
    sections: [],
    ...fields,
  });

const newest = post({
  title: 'The <ip> command & "quotes"',
  path: '/2018/02/ip/',
  date: '2018-02-01T09:00:00+05:30',
  excerpt: 'A stray \u0001 control byte',
  sections: [
    { id: '', title: '', level: 0, html: '<p>Intro with <a href="../other/">a link</a></p>' },
    {
      id: 'cdata',
      title: 'Two <CDATA> ends',
      level: 2,
      html: '<pre><code>a ]]&gt; b ]]&gt; c</code></pre><img src="/wp-content/uploads/a.png">',
    },
  ],
});
const older = post({ author: '' });
const files = feedFiles(site, [newest, older]);

function xml(name: string): Document {
  const document = new DOMParser().parseFromString(files.get(name) ?? '', 'application/xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

const text = (parent: Element | Document | undefined, selector: string) =>
  parent?.querySelector(selector)?.textContent;
const ns = (parent: Element | undefined, namespace: string, name: string) =>
  parent?.getElementsByTagNameNS(namespace, name)[0]?.textContent;

/** The HTML a reader shows for the newest post: intro, then each section under its h2. */
function expectFullContent(html: string | null | undefined) {
  const body = new DOMParser().parseFromString(html ?? '', 'text/html').body;
  expect(body.querySelector('a')?.getAttribute('href')).toBe(
    'https://blog.example.com/blog/2018/02/other/',
  );
  expect(body.querySelector('h2')?.id).toBe('cdata');
  expect(body.querySelector('h2')?.textContent).toBe('Two <CDATA> ends');
  expect(body.querySelector('code')?.textContent).toBe('a ]]> b ]]> c');
  expect(body.querySelector('img')?.getAttribute('src')).toBe(
    'https://blog.example.com/wp-content/uploads/a.png',
  );
}

describe('RSS 2.0', () => {
  const document = xml('feed.xml');
  const channel = document.querySelector('rss > channel') ?? undefined;
  const items = [...document.querySelectorAll('item')];

  test('describes the site under its base, with a self link and the newest date', () => {
    expect(document.documentElement.getAttribute('version')).toBe('2.0');
    expect(text(channel, ':scope > title')).toBe('Folio & Co');
    expect(text(channel, ':scope > link')).toBe('https://blog.example.com/blog/');
    expect(text(channel, ':scope > language')).toBe('en-GB');
    const self = channel?.getElementsByTagNameNS(ATOM, 'link')[0];
    expect(self?.getAttribute('rel')).toBe('self');
    expect(self?.getAttribute('href')).toBe('https://blog.example.com/blog/feed.xml');
    expect(Date.parse(text(channel, 'lastBuildDate') ?? '')).toBe(Date.parse(newest.date));
  });

  test('has every post in order, as plain-text titles with permalinks, dates and authors', () => {
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect(text(first, 'title')).toBe('The <ip> command & "quotes"');
    expect(text(first, 'link')).toBe('https://blog.example.com/blog/2018/02/ip/');
    expect(text(first, 'guid')).toBe('https://blog.example.com/blog/2018/02/ip/');
    expect(first?.querySelector('guid')?.getAttribute('isPermaLink')).toBe('true');
    expect(Date.parse(text(first, 'pubDate') ?? '')).toBe(Date.parse(newest.date));
    expect(ns(first, DC, 'creator')).toBe('Ada');
    expect(second?.getElementsByTagNameNS(DC, 'creator')).toHaveLength(0);
  });

  test('carries the excerpt (XML-forbidden bytes dropped) and the full HTML', () => {
    expect(text(items[0], 'description')).toBe('A stray  control byte');
    expectFullContent(ns(items[0], RSS_CONTENT, 'encoded'));
  });
});

describe('Atom 1.0', () => {
  const document = xml('atom.xml');
  const feed = document.documentElement;
  const entries = [...document.querySelectorAll('entry')];

  test('describes the site in its language, with self and alternate links', () => {
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.getAttribute('xml:lang')).toBe('en-GB');
    expect(text(feed, ':scope > id')).toBe('https://blog.example.com/blog/');
    expect(text(feed, ':scope > title')).toBe('Folio & Co');
    // Dates keep the site's offset, as the post JSON has them.
    expect(text(feed, ':scope > updated')).toBe('2018-02-01T09:00:00+05:30');
    const links = [...feed.querySelectorAll(':scope > link')].map((link) => [
      link.getAttribute('rel'),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['self', 'https://blog.example.com/blog/atom.xml'],
      ['alternate', 'https://blog.example.com/blog/'],
    ]);
    // Atom needs an author for each entry: the site stands in for posts without one.
    expect(text(feed, ':scope > author > name')).toBe('Folio & Co');
  });

  test('has every post with a text title, its link, dates in the site offset and author', () => {
    expect(entries).toHaveLength(2);
    const [first, second] = entries;
    expect(text(first, 'id')).toBe('https://blog.example.com/blog/2018/02/ip/');
    expect(first?.querySelector('title')?.getAttribute('type')).toBe('text');
    expect(text(first, 'title')).toBe('The <ip> command & "quotes"');
    expect(first?.querySelector('link')?.getAttribute('href')).toBe(
      'https://blog.example.com/blog/2018/02/ip/',
    );
    expect(text(first, 'published')).toBe('2018-02-01T09:00:00+05:30');
    expect(text(second, 'updated')).toBe('2018-01-30T15:10:27-08:00');
    expect(text(first, 'author > name')).toBe('Ada');
    expect(second?.querySelector('author')).toBeNull();
    expect(text(first, 'summary')).toBe('A stray  control byte');
  });

  test('carries the full HTML as html content', () => {
    expect(entries[0]?.querySelector('content')?.getAttribute('type')).toBe('html');
    expectFullContent(text(entries[0], 'content'));
  });
});

describe('JSON Feed 1.1', () => {
  const json: unknown = JSON.parse(files.get('feed.json') ?? '');

  test('describes the site and has every post with its full HTML', () => {
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Folio & Co',
      home_page_url: 'https://blog.example.com/blog/',
      feed_url: 'https://blog.example.com/blog/feed.json',
      language: 'en-GB',
      items: [
        {
          id: 'https://blog.example.com/blog/2018/02/ip/',
          url: 'https://blog.example.com/blog/2018/02/ip/',
          title: 'The <ip> command & "quotes"',
          summary: 'A stray \u0001 control byte',
          date_published: '2018-02-01T09:00:00+05:30',
          authors: [{ name: 'Ada' }],
        },
        { id: 'https://blog.example.com/blog/2018/01/hello/', title: 'Hello' },
      ],
    });
    const items = v.parse(
      v.object({ items: v.array(v.object({ content_html: v.string() })) }),
      json,
    ).items;
    expectFullContent(items[0]?.content_html);
    expect(
      v.parse(v.object({ items: v.array(v.record(v.string(), v.unknown())) }), json).items[1],
    ).not.toHaveProperty('authors');
  });
});

describe('every feed', () => {
  test('is the same bytes for the same posts: no build time goes in', () => {
    expect(feedFiles(site, [newest, older])).toEqual(files);
  });

  test('is valid with no posts at all', () => {
    const empty = feedFiles(site, []);
    for (const name of ['feed.xml', 'atom.xml']) {
      const document = new DOMParser().parseFromString(empty.get(name) ?? '', 'application/xml');
      expect(document.querySelector('parsererror')).toBeNull();
      expect(document.querySelectorAll('item, entry')).toHaveLength(0);
    }
    expect(JSON.parse(empty.get('feed.json') ?? '')).toMatchObject({ items: [] });
  });
});
