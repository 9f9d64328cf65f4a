import { element, httpUrl, text } from './hast-builders.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';
import { mediaFilePlayer } from './media-sources.ts';
import { parseVideoUrl, videoEmbed } from './video-embed.ts';

/**
 * `[embed width="640" height="360"]https://youtu.be/x[/embed]`, as WordPress's oEmbed showed
 * it: a video player for YouTube and Vimeo (see video-embed.ts), a native player for an audio
 * or video file, and for any other URL a plain link, which is also what WordPress showed when a
 * provider was unknown.
 */
export const embed: ShortcodeHandler = ({ named, numeric, text: inner, note }) => {
  const candidates = [inner, named.url, named.src, numeric[0]];
  const url = candidates.map((value) => httpUrl(value)).find((value) => value !== null);
  if (url === undefined) return inner === '' ? [] : [text(inner)];
  const size = { width: number(named.width), height: number(named.height) };
  const video = parseVideoUrl(url);
  if (video) return [videoEmbed(video, size)];
  const player = mediaFilePlayer(url, size);
  if (player) return [player];
  note('embed-fallback', url);
  return [element('p', {}, [element('a', { href: url }, [text(url)])])];
};

export function number(value: string | undefined): number | undefined {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 && parsed < 10000 ? parsed : undefined;
}
