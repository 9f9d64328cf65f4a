import { describe, expect, test } from 'vitest';
import { postLocations, postUrl, siteUrlOf } from '../../src/embed/embed-source.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const PAGE = 'https://marketing.example.com/product/';

describe('postLocations', () => {
  test('a post JSON URL names exactly one site and post', () => {
    expect(postLocations('https://x.com/blog/folio-data/v1/posts/2016/04/elb.json', PAGE)).toEqual([
      { siteUrl: 'https://x.com/blog/', path: '/2016/04/elb/' },
    ]);
  });

  test('a permalink gives every split between base and path, the root first', () => {
    expect(postLocations('https://x.com/blog/blog/a', PAGE)).toEqual([
      { siteUrl: 'https://x.com/', path: '/blog/blog/a/' },
      { siteUrl: 'https://x.com/blog/', path: '/blog/a/' },
      { siteUrl: 'https://x.com/blog/blog/', path: '/a/' },
    ]);
  });

  test('the base attribute settles where the base ends', () => {
    expect(postLocations('https://x.com/blog/blog/a/', PAGE, 'blog')).toEqual([
      { siteUrl: 'https://x.com/blog/', path: '/blog/a/' },
    ]);
  });

  test('relative src resolves against the host page; other schemes are refused', () => {
    expect(postLocations('/news/a/', PAGE)?.[0]).toEqual({
      siteUrl: 'https://marketing.example.com/',
      path: '/news/a/',
    });
    expect(postLocations('javascript:alert(1)', PAGE)).toBeNull();
    expect(postLocations('', PAGE)).toBeNull();
  });

  test('the canonical URL is the site URL plus the path', () => {
    expect(postUrl({ siteUrl: 'https://x.com/blog/', path: normalizePostPath('/blog/a/') })).toBe(
      'https://x.com/blog/blog/a/',
    );
  });
});

describe('siteUrlOf', () => {
  test('a home page URL or an index JSON URL names the site', () => {
    expect(siteUrlOf('https://x.com/blog', PAGE)).toBe('https://x.com/blog/');
    expect(siteUrlOf('https://x.com/', PAGE)).toBe('https://x.com/');
    expect(siteUrlOf('https://x.com/blog/folio-data/v1/index/1.json', PAGE)).toBe(
      'https://x.com/blog/',
    );
    expect(siteUrlOf('data:text/html,x', PAGE)).toBeNull();
  });
});
