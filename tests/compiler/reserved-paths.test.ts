import { describe, expect, it } from 'vitest';
import { resolvePermalink } from '../../src/compiler/permalink-policy.ts';
import {
  DATA_PAGE_KINDS,
  EMBED_SEGMENT,
  PAGE_KINDS,
  RESERVED_SEGMENTS,
} from '../../src/content/page-kinds.ts';

const context = { file: 'posts/a.md', origin: 'https://blog.example.com' };

function problemsOf(permalink: string): string[] {
  const result = resolvePermalink(permalink, context);
  return result.ok ? [] : result.problems;
}

describe('paths the site reserves', () => {
  it('are the first segments of the routes of the table, search and the site data', () => {
    expect(RESERVED_SEGMENTS.map(({ segment }) => segment).sort()).toEqual([
      'archive',
      'author',
      'folio-data',
      'page',
      'search',
    ]);
  });

  it.each(
    DATA_PAGE_KINDS.flatMap((kind) =>
      PAGE_KINDS[kind].routes
        .map(({ path }) => path.split('/')[0] ?? '')
        .filter((segment) => /^[a-z]/.test(segment)),
    ),
  )('refuse a permalink under /%s/, a page kind route', (segment) => {
    expect(problemsOf(`https://example.com/${segment}/a-post/`)).toEqual([
      expect.stringContaining(`under /${segment}/ are reserved`),
    ]);
  });

  it('refuse a permalink the index page route would shadow', () => {
    // `/page/about/` matches `page/:page`, which answers 404 for anything but a number.
    expect(problemsOf('https://example.com/page/about/')).toHaveLength(1);
  });

  it('refuse a permalink ending in the embed segment, the suffix of every embed page', () => {
    expect(EMBED_SEGMENT).toBe('embed');
    expect(problemsOf('https://example.com/blog/a-post/embed/')).toEqual([
      "permalink /blog/a-post/embed/ ends in /embed/, the suffix of every post's embed page",
    ]);
    expect(problemsOf('https://example.com/embed/')).toHaveLength(1);
  });

  it('leave other paths alone, however alike', () => {
    for (const path of ['/blog/embed/a/', '/blog/embedded/', '/pages/2/', '/blog/author/x/']) {
      expect(problemsOf(`https://example.com${path}`)).toEqual([]);
    }
  });
});
