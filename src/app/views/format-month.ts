import type { YearMonth } from '../../content/data-paths.ts';
import type { SiteConfig } from '../../content/site-config.ts';

/** `{ 2018, 1 }` → "January 2018" in the site's locale (Intl, like format-date.ts). */
export function formatMonth(when: YearMonth, site: Pick<SiteConfig, 'locale'>): string {
  // Mid-month at noon UTC, formatted in UTC: no time zone can move it to another month.
  const date = new Date(Date.UTC(when.year, when.month - 1, 15, 12));
  return new Intl.DateTimeFormat(site.locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
