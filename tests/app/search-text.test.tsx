import { describe, expect, it } from 'vitest';
import { highlightText, snippetSegments } from '../../src/app/search/highlight-text.ts';
import { searchPageUrl } from '../../src/app/search/search-url.ts';
import { closestPaths, slugSimilarity, slugWords } from '../../src/app/search/slug-suggestions.ts';

const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((s) => s.mark).map((s) => s.text);
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('highlightText', () => {
  it('marks whole words only, in any case, and keeps every character', () => {
    const text = 'Log the blog: LOG, logs and log.';
    const segments = highlightText(text, ['log']);
    expect(marked(segments)).toEqual(['Log', 'LOG', 'log']);
    expect(joined(segments)).toBe(text);
  });

  it('treats terms as text, never as patterns', () => {
    expect(marked(highlightText('axb a.b', ['a.b']))).toEqual(['a.b']);
    expect(marked(highlightText('aab a+b', ['a+b']))).toEqual(['a+b']);
    expect(marked(highlightText('c++ and c', ['c++']))).toEqual(['c++']);
  });

  it('prefers the longer of two terms that start at one place', () => {
    expect(marked(highlightText('kubernetes kube', ['kube', 'kubernetes']))).toEqual([
      'kubernetes',
      'kube',
    ]);
  });
});

describe('snippetSegments', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
  const text = [...words.slice(0, 100), 'Needle', ...words.slice(100)].join(' ');

  it('shows the text around the first match, cut at spaces, with ellipses', () => {
    const segments = snippetSegments(text, ['needle'], 80);
    const snippet = joined(segments);
    expect(marked(segments)).toEqual(['Needle']);
    expect(snippet.startsWith('…w')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(82);
    expect(text).toContain(snippet.slice(1, -1));
  });

  it('shows the opening when the text has no match', () => {
    const snippet = joined(snippetSegments(text, ['absent'], 40));
    expect(snippet.startsWith('w0 w1 ')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('shows a short text whole', () => {
    expect(joined(snippetSegments('Short text.', ['text']))).toBe('Short text.');
  });
});

describe('slug suggestions', () => {
  const paths = ['/blog/writing-falco-rules/', '/blog/announcing-sysdig/', '/2016/04/12/hello/'];

  it('rank typos and dropped words close, unrelated slugs far', () => {
    expect(slugSimilarity('writing-falco-rules', 'writting-falco-rule')).toBeGreaterThan(0.8);
    expect(slugSimilarity('falco-rules', 'writing-falco-rules')).toBeGreaterThanOrEqual(0.6);
    expect(slugSimilarity('announcing-sysdig', 'quarterly-earnings')).toBeLessThan(0.6);
  });

  it('rank a cut-off slug (a link truncated when shared) close to the whole one', () => {
    const whole = 'sysdig-vs-dtrace-vs-strace-a-technical-discussion';
    expect(slugSimilarity('sysdig-vs-dtrace-vs-strace', whole)).toBeGreaterThanOrEqual(0.6);
    expect(
      slugSimilarity('sysdig-vs-dtrace-vs-strace-a-technical-discussion-2', whole),
    ).toBeGreaterThanOrEqual(0.6);
    // A short common beginning is no evidence.
    expect(slugSimilarity('sysdig', 'sysdig-announces-new-ceo')).toBeLessThan(0.6);
  });

  it('compare the last meaningful segments, ignoring dates, extensions and feed endings', () => {
    expect(closestPaths('/2019/01/01/announcing-sysdig.html', paths)).toEqual([
      '/blog/announcing-sysdig/',
    ]);
    expect(closestPaths('/blog/announcing-sysdg/feed/', paths)).toEqual([
      '/blog/announcing-sysdig/',
    ]);
    expect(closestPaths('/404.html', paths)).toEqual([]);
    expect(closestPaths('/blog/something-else-entirely/', paths)).toEqual([]);
  });

  it('offer at most five, best first', () => {
    const many = Array.from({ length: 9 }, (_, i) => `/blog/falco-rules-part-${i + 1}/`);
    const found = closestPaths('/blog/falco-rules-part-3/', many);
    expect(found).toHaveLength(5);
    expect(found[0]).toBe('/blog/falco-rules-part-3/');
  });

  it('turn the missing slug into words for the search box', () => {
    expect(slugWords('/blog/falco-rulez/')).toBe('falco rulez');
    expect(slugWords('/2016/04/12/my_old-post.html')).toBe('my old post');
    expect(slugWords('/404.html')).toBe('');
  });
});

describe('searchPageUrl', () => {
  it('carries the trimmed query in q', () => {
    expect(searchPageUrl('  falco rules ')).toBe('/search/?q=falco+rules');
    expect(searchPageUrl('a&b=c')).toBe('/search/?q=a%26b%3Dc');
    expect(searchPageUrl('   ')).toBe('/search/');
  });
});
