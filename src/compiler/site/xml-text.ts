import { escapeMarkup } from '../../content/escape-markup.ts';

/**
 * Characters XML 1.0 forbids outright (a stray control byte from an export must not make a
 * feed or sitemap unreadable); escaping cannot save them, so they are dropped.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for XML element content and attribute values (feeds and sitemaps). */
export function xmlText(text: string): string {
  return escapeMarkup(text.replace(NOT_XML, ''));
}
