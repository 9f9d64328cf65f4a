import { describe, expect, test } from 'vitest';
import { postHead } from '../../../src/app/head/head-tags.ts';
import {
  embedIframeHtml,
  embedPageFile,
  embedPageHead,
  oembedFile,
  oembedJson,
} from '../../../src/compiler/site/oembed.ts';
import type { Post } from '../../../src/content/post-schema.ts';
import { normalizePostPath } from '../../../src/content/post-path.ts';

const site = { title: 'Folio & Co', origin: 'https://x.com', base: '/blog/', locale: 'en-US' };
const post: Post = {
  schemaVersion: 1,
  id: 1,
  title: 'Quotes "and" <tags>',
  path: normalizePostPath('/2016/04/elb/'),
  author: 'Ada',
  date: '2016-04-26T10:00:00-07:00',
  excerpt: '',
  draft: false,
  permalink: 'https://old.example.com/2016/04/elb/',
  source: 'elb.md',
  sections: [],
};

describe('oEmbed', () => {
  test('a rich oEmbed 1.0 response whose html is the iframe of the embed page', () => {
    expect(JSON.parse(oembedJson(site, post))).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Quotes "and" <tags>',
      author_name: 'Ada',
      provider_name: 'Folio & Co',
      provider_url: 'https://x.com/blog/',
      html:
        '<iframe class="folio-embed" src="https://x.com/blog/2016/04/elb/embed/" ' +
        'title="Quotes &quot;and&quot; &lt;tags&gt;" width="640" height="600" loading="lazy"></iframe>',
      width: 640,
      height: 600,
    });
    expect(JSON.parse(oembedJson(site, { ...post, author: '' }))).not.toHaveProperty('author_name');
  });

  test('the iframe has no inline style or script, which a strict host CSP would block', () => {
    expect(embedIframeHtml(site, post)).not.toMatch(/style=|<script|on[a-z]+=/i);
  });

  test('files sit in the post folder, relative to the output folder', () => {
    expect(embedPageFile(post.path)).toBe('2016/04/elb/embed/index.html');
    expect(oembedFile(post.path)).toBe('2016/04/elb/embed/oembed.json');
  });

  test("the post page's discovery link names the file the build writes", () => {
    const link = postHead(site, post).find(
      (tag) => tag.kind === 'link' && tag.attributes.type === 'application/json+oembed',
    );
    expect(link).toEqual({
      kind: 'link',
      attributes: {
        rel: 'alternate',
        type: 'application/json+oembed',
        title: post.title,
        href: `https://x.com/blog/${oembedFile(post.path)}`,
      },
    });
  });

  test('the embed page is not indexed and names the post as canonical, escaped', () => {
    expect(embedPageHead(site, post)).toBe(
      [
        '<title>Quotes &quot;and&quot; &lt;tags&gt; — Folio &amp; Co</title>',
        '<meta data-folio-head name="robots" content="noindex">',
        '<link data-folio-head rel="canonical" href="https://x.com/blog/2016/04/elb/">',
      ].join('\n    '),
    );
  });
});
