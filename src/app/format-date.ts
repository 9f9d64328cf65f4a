import type { SiteConfig } from '../content/site-config.ts';

/**
 * Formats an instant in the site's time zone, not the reader's: a post written late on
 * Jan 30 in Los Angeles says Jan 30 everywhere, and build-time HTML matches the browser.
 */
export function formatPostDate(iso: string, site: Pick<SiteConfig, 'locale' | 'timeZone'>): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(site.locale, {
    dateStyle: 'long',
    timeZone: site.timeZone,
  }).format(date);
}
