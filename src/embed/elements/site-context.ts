import { messagesFor } from '../../app/i18n/catalogs.ts';
import type { Messages } from '../../app/i18n/messages.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { remoteSite } from '../remote-site.ts';

/** What the views of one element read: the site's dates and the interface strings. */
export interface ElementContext {
  site: SiteConfig;
  messages: Messages;
  /** What "Read on …" names: the `site-name` attribute, else the site's host name. */
  siteName: string;
}

/**
 * The context of an element from its attributes (`locale`, `time-zone`, `site-name`) and
 * the site it reads; `date` (a post's) gives the site's UTC offset when no zone is set.
 */
export function elementContext(host: HTMLElement, siteUrl: string, date?: string): ElementContext {
  const site = remoteSite({
    siteUrl,
    locale: host.getAttribute('locale'),
    timeZone: host.getAttribute('time-zone'),
    date,
  });
  const siteName = host.getAttribute('site-name')?.trim() ?? '';
  return {
    site,
    messages: messagesFor(site.locale),
    siteName: siteName === '' ? new URL(siteUrl).host.replace(/^www\./, '') : siteName,
  };
}

/**
 * The interface strings of the element's `locale` before its site is known (loading and
 * error states): a locale does not depend on the site, so any site URL serves.
 */
export function elementMessages(host: HTMLElement): Messages {
  return elementContext(host, 'https://localhost/').messages;
}
