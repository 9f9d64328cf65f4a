import { audio } from './audio.ts';
import { caption } from './caption.ts';
import { codeBlock } from './code-block.ts';
import { embed } from './embed.ts';
import { gallery } from './gallery.ts';
import { dataLess } from './keep-content.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';
import { tweetBox } from './tweet-box.ts';
import { tweetDisImg } from './tweet-dis-img.ts';
import { tweetDis } from './tweet-dis.ts';
import { video } from './video.ts';
import { youtube } from './youtube.ts';

/**
 * Every shortcode name Folio renders, one module each. Other names are treated as shortcodes
 * only when the post closes them (`[x]…[/x]`) or they carry a page builder's prefix (see
 * find-unknown-shortcodes.ts); `[1]` reference links and prose such as
 * `[threshold value="ERROR"]` stay text.
 */
export const shortcodeRegistry: ReadonlyMap<string, ShortcodeHandler> = new Map([
  ['tweet_box', tweetBox],
  ['tweet_dis', tweetDis],
  ['tweet_dis_img', tweetDisImg],
  ['caption', caption],
  ['wp_caption', caption],
  ['embed', embed],
  ['youtube', youtube],
  ['sourcecode', codeBlock],
  ['codesyntax', codeBlock],
  ['code', codeBlock],
  ['gallery', gallery],
  ['audio', audio],
  ['video', video],
  // Known plugin codes whose output came from data that is not in the export.
  ...[
    'slideshare',
    'display-posts',
    'ultimatetables',
    'table',
    'adrotate',
    'pwt',
    'playlist',
    'contact-form-7',
    'contact-form',
    'wpforms',
    'gravityform',
    'mc4wp_form',
    'ninja_form',
  ].map((name): [string, ShortcodeHandler] => [name, dataLess]),
]);
