import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapFiles } from '../../../src/compiler/site/sitemap.ts';

const site = { origin: 'https://blog.example.com', base: '/' };
const entries = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ path: `/blog/post-${index}/` }));

describe('sitemaps', () => {
  it('lists every URL in one sitemap.xml up to the limit', () => {
    const files = sitemapFiles(
      site,
      [{ path: '/', lastmod: '2020-01-01T00:00:00Z' }, ...entries(2)],
      3,
    );
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    const xml = files.get('sitemap.xml') ?? '';
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(xml).toContain(
      '<url><loc>https://blog.example.com/</loc><lastmod>2020-01-01T00:00:00Z</lastmod></url>',
    );
  });

  it('becomes a sitemap index of files within the limit past it', () => {
    const files = sitemapFiles(site, entries(7), 3);
    expect([...files.keys()]).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
    ]);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(files.get('sitemap.xml')).toContain('<loc>https://blog.example.com/sitemap-3.xml</loc>');
    expect(files.get('sitemap-3.xml')?.match(/<url>/g)).toHaveLength(1);
  });

  it('escapes URLs for XML', () => {
    const xml = sitemapFiles(site, [{ path: '/a&b/' }]).get('sitemap.xml');
    expect(xml).toContain('<loc>https://blog.example.com/a&amp;b/</loc>');
  });

  it('points robots.txt at the sitemap under the base', () => {
    expect(robotsTxt({ ...site, base: '/blog/' })).toContain(
      'Sitemap: https://blog.example.com/blog/sitemap.xml',
    );
  });
});
