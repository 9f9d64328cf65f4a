import { number } from './embed.ts';
import { element, httpUrl, text } from './hast-builders.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';
import { parseVideoUrl, videoEmbed, youtubeFromId } from './video-embed.ts';

/**
 * `[youtube https://www.youtube.com/watch?v=ID]`, `[youtube ID]` or `[youtube]URL[/youtube]`
 * (Jetpack and plugin variants): the privacy-friendly player, or a link when no video id can be
 * validated.
 */
export const youtube: ShortcodeHandler = ({ named, numeric, text: inner, note }) => {
  const values = [inner, named.url, named.src, named.id, named.v, numeric[0], ...numeric.slice(1)];
  for (const value of values) {
    if (value === undefined || value.trim() === '') continue;
    // Jetpack writes `[youtube https://youtu.be/x&w=640&h=360]`.
    const video = parseVideoUrl(value.replace(/&(?:w|h)=\d+/g, '')) ?? youtubeFromId(value);
    if (video)
      return [
        videoEmbed(video, {
          width: number(named.width ?? named.w),
          height: number(named.height ?? named.h),
        }),
      ];
  }
  const url = values.map((value) => httpUrl(value)).find((value) => value !== null);
  if (url === undefined) return [];
  note('embed-fallback', url);
  return [element('p', {}, [element('a', { href: url }, [text(url)])])];
};
