import type { SiteConfig } from '../content/site-config.ts';

/**
 * The site config the app's views read (dates, in PostDate), for a site on another origin.
 * The embed does not know the site's time zone; a post's date carries its UTC offset, which
 * is the site's wall-clock time on that day, so dates read as on the site itself.
 */
export function remoteSite(options: {
  siteUrl: string;
  locale?: string | null;
  timeZone?: string | null;
  date?: string;
}): SiteConfig {
  const url = new URL(options.siteUrl);
  return {
    title: '',
    origin: url.origin,
    base: url.pathname,
    locale: validLocale(options.locale),
    timeZone: validTimeZone(options.timeZone) ?? offsetZone(options.date) ?? 'UTC',
    pageSize: 10,
  };
}

/** `…-08:00` → `Etc/GMT+8` (IANA's signs are inverted); null for a half-hour offset or none. */
export function offsetZone(date: string | undefined): string | null {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(date ?? '');
  if (match === null || match[3] !== '00') return /Z$/.test(date ?? '') ? 'UTC' : null;
  const hours = Number(match[2]);
  if (hours === 0) return 'UTC';
  return `Etc/GMT${match[1] === '-' ? '+' : '-'}${hours}`;
}

function validLocale(locale: string | null | undefined): string {
  for (const candidate of [locale, globalThis.navigator?.language, 'en-US']) {
    if (candidate === null || candidate === undefined || candidate === '') continue;
    try {
      new Intl.DateTimeFormat(candidate);
      return candidate;
    } catch {
      // Not a BCP 47 tag: try the next one.
    }
  }
  return 'en-US';
}

function validTimeZone(timeZone: string | null | undefined): string | null {
  if (timeZone === null || timeZone === undefined || timeZone === '') return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return null;
  }
}
