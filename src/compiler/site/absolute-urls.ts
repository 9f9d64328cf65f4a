import { absoluteUrl } from '../../content/site-url.ts';

/**
 * Feed readers show post HTML away from the site, where `/wp-content/x.png`, `other-post/` or
 * `#section` mean nothing: every URL attribute is resolved against the post's own URL.
 * The HTML was serialized by rehype-stringify after sanitizing, so URL attributes are always
 * double-quoted and `"` inside them is escaped as `&#x22;`/`&quot;`.
 */
const URL_ATTRIBUTE = /(\s(?:href|src|cite|poster)=")([^"]*)(")/g;
const SRCSET_ATTRIBUTE = /(\ssrcset=")([^"]*)(")/g;
/** A start tag. Text never contains a raw `<` after stringifying, so this finds only tags. */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;

export function absoluteUrls(html: string, pageUrl: string): string {
  return html.replace(START_TAG, (tag) => absoluteTag(tag, pageUrl));
}

function absoluteTag(html: string, pageUrl: string): string {
  return html
    .replace(URL_ATTRIBUTE, (_match, start: string, value: string, end: string) => {
      return `${start}${resolve(value, pageUrl)}${end}`;
    })
    .replace(SRCSET_ATTRIBUTE, (_match, start: string, value: string, end: string) => {
      const candidates = value.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [resolve(url, pageUrl), ...descriptor].join(' ');
      });
      return `${start}${candidates.join(', ')}${end}`;
    });
}

function resolve(value: string, base: string): string {
  const absolute = absoluteUrl(value.replace(/&amp;/g, '&'), base);
  // Not a URL at all: left as the sanitizer let it through.
  return absolute === undefined ? value : absolute.replace(/&/g, '&amp;');
}
