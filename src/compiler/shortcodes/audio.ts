import { element } from './hast-builders.ts';
import { fileLink, mediaSources } from './media-sources.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';

/**
 * `[audio src="https://…/talk.mp3"]` (also `mp3=`, `ogg=`…): a native player that loads
 * nothing until played (never autoplay), with a link to the file as fallback.
 */
export const audio: ShortcodeHandler = ({ named, note, tag }) => {
  const { sources, first } = mediaSources(named);
  if (first === null) {
    note('data-less-shortcode', `[${tag}] without a file URL (it played the post's attachment)`);
    return [];
  }
  return [element('audio', { controls: true, preload: 'none' }, [...sources, fileLink(first)])];
};
