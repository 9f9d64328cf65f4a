import { tweetQuote } from './tweet-box.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';

/** `[tweet_dis]quote[/tweet_dis]` (Tweet Dis plugin): a tweetable quote, like tweet_box. */
export const tweetDis: ShortcodeHandler = ({ text: quote }) => tweetQuote(quote, 'tweet-dis');
