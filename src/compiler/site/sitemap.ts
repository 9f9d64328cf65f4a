import type { SiteConfig } from '../../content/site-config.ts';
import { SITEMAP_FILE } from '../../content/site-files.ts';
import { siteUrl } from '../../content/site-url.ts';
import { xmlText } from './xml-text.ts';

/** The sitemaps protocol allows at most 50,000 URLs per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  /** Site path, e.g. `/blog/a/`. */
  path: string;
  /** ISO date of the last change, when known. */
  lastmod?: string;
}

const URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

/**
 * `sitemap.xml` listing every entry; past 50,000 URLs it becomes a sitemap index pointing to
 * `sitemap-1.xml`, `sitemap-2.xml`, …, each within the protocol's limit.
 */
export function sitemapFiles(
  site: Pick<SiteConfig, 'origin' | 'base'>,
  entries: SitemapEntry[],
  limit = SITEMAP_LIMIT,
): Map<string, string> {
  const urlset = (part: SitemapEntry[]) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      URLSET,
      ...part.map(({ path, lastmod }) => {
        const last = lastmod === undefined ? '' : `<lastmod>${xmlText(lastmod)}</lastmod>`;
        return `<url><loc>${xmlText(siteUrl(site, path))}</loc>${last}</url>`;
      }),
      '</urlset>',
      '',
    ].join('\n');

  if (entries.length <= limit) return new Map([[SITEMAP_FILE, urlset(entries)]]);

  const files = new Map<string, string>();
  const parts: string[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    const name = `sitemap-${parts.length + 1}.xml`;
    parts.push(name);
    files.set(name, urlset(entries.slice(start, start + limit)));
  }
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((name) => `<sitemap><loc>${xmlText(siteUrl(site, name))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Map([[SITEMAP_FILE, index], ...files]);
}

/** `robots.txt`: everything may be crawled, and here is the sitemap. */
export function robotsTxt(site: Pick<SiteConfig, 'origin' | 'base'>): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(site, SITEMAP_FILE)}\n`;
}
