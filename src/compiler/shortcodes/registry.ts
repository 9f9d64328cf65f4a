import { caption } from './caption.ts';
import { codeBlock } from './code-block.ts';
import { embed } from './embed.ts';
import { keepContent } from './keep-content.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';
import { tweetBox } from './tweet-box.ts';
import { tweetDis } from './tweet-dis.ts';

/**
 * Every shortcode name Folio recognises. Only these are ever treated as shortcodes, so `[1]`
 * reference links and prose such as `[threshold value="ERROR"]` stay text.
 */
export const shortcodeRegistry: ReadonlyMap<string, ShortcodeHandler> = new Map([
  ['tweet_box', tweetBox],
  ['tweet_dis', tweetDis],
  ['caption', caption],
  ['wp_caption', caption],
  ['embed', embed],
  ['youtube', embed],
  ['sourcecode', codeBlock],
  ['codesyntax', codeBlock],
  // Known plugin codes whose output came from data that is not in the export.
  ...[
    'tweet_dis_img',
    'slideshare',
    'display-posts',
    'ultimatetables',
    'table',
    'adrotate',
    'pwt',
    'gallery',
    'playlist',
    'audio',
    'video',
  ].map((name): [string, ShortcodeHandler] => [name, keepContent]),
]);
