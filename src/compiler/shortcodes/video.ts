import { number } from './embed.ts';
import { element, httpUrl } from './hast-builders.ts';
import { fileLink, mediaSources } from './media-sources.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';
import { parseVideoUrl, videoEmbed } from './video-embed.ts';

/**
 * `[video src="…mp4" poster="…" width="640" height="360"]`: a native player (no autoplay,
 * nothing loaded before play) with a link fallback; a YouTube or Vimeo `src` (WordPress
 * accepts those too) becomes the video embed.
 */
export const video: ShortcodeHandler = ({ named, note, tag }) => {
  const width = number(named.width);
  const height = number(named.height);
  const remote = parseVideoUrl(named.src ?? '');
  if (remote) return [videoEmbed(remote, { width, height })];
  const { sources, first } = mediaSources(named);
  if (first === null) {
    note('data-less-shortcode', `[${tag}] without a file URL (it played the post's attachment)`);
    return [];
  }
  const poster = httpUrl(named.poster);
  return [
    element(
      'video',
      {
        controls: true,
        preload: 'none',
        playsInline: true,
        ...(width !== undefined && height !== undefined ? { width, height } : {}),
        ...(poster === null ? {} : { poster }),
      },
      [...sources, fileLink(first)],
    ),
  ];
};
