import { element, httpUrl, text } from './hast-builders.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';

/**
 * `[embed]https://youtu.be/x[/embed]` and `[youtube https://…]`: a plain link to the video.
 * Folio does not put third-party iframes in posts (yet), so the reader gets the link instead.
 */
export const embed: ShortcodeHandler = ({ named, numeric, text: inner }) => {
  const candidates = [inner, named.url, named.src, named.id, numeric[0]];
  const found = candidates.map(youtubeOrUrl).find((url) => url !== null);
  if (!found) return inner === '' ? [] : [text(inner)];
  return [
    element('p', { className: ['wp-embed'] }, [element('a', { href: found }, [text(found)])]),
  ];
};

/** `[youtube dQw4w9WgXcQ]` gives a bare video id; anything else must be a URL. */
function youtubeOrUrl(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (/^[\w-]{11}$/.test(trimmed)) return `https://www.youtube.com/watch?v=${trimmed}`;
  return httpUrl(trimmed);
}
