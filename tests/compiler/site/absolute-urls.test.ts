import { describe, expect, it } from 'vitest';
import { absoluteUrls } from '../../../src/compiler/site/absolute-urls.ts';

const page = 'https://blog.example.com/blog/a/';

describe('absoluteUrls', () => {
  it('resolves root-relative, relative and hash URLs against the page', () => {
    expect(
      absoluteUrls(
        '<a href="/blog/b/">b</a><img src="x.png" srcset="x.png 1x, /y.png 2x"><a href="#part">p</a>',
        page,
      ),
    ).toBe(
      '<a href="https://blog.example.com/blog/b/">b</a><img src="https://blog.example.com/blog/a/x.png" srcset="https://blog.example.com/blog/a/x.png 1x, https://blog.example.com/y.png 2x"><a href="https://blog.example.com/blog/a/#part">p</a>',
    );
  });

  it('leaves absolute URLs alone and keeps entities in query strings', () => {
    expect(absoluteUrls('<a href="https://x.org/?a=1&amp;b=2">x</a>', page)).toBe(
      '<a href="https://x.org/?a=1&amp;b=2">x</a>',
    );
  });

  it('does not touch text that looks like an attribute', () => {
    expect(absoluteUrls('<p>write href="/x" in HTML</p>', page)).toBe(
      '<p>write href="/x" in HTML</p>',
    );
  });
});
