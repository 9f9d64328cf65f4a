import type { ElementContent } from 'hast';
import { element, text } from './hast-builders.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';

/**
 * `[tweet_box]quote[/tweet_box]` (Tweet Box plugin): the quote with a "Tweet this" link. The
 * share URL is built with URLSearchParams so no quote can break out of the query string.
 */
export const tweetBox: ShortcodeHandler = ({ text: quote }) => tweetQuote(quote, 'tweet-box');

/** Shared with tweet_dis, which shows the same thing under another plugin's name. */
export function tweetQuote(quote: string, className: string): ElementContent[] {
  if (quote === '') return [];
  const share = new URL('https://twitter.com/intent/tweet');
  share.search = new URLSearchParams({ text: quote }).toString();
  return [
    element('blockquote', { className: [className] }, [
      element('p', {}, [text(quote)]),
      element('p', { className: [`${className}-share`] }, [
        element('a', { href: share.href, target: '_blank', rel: ['noopener', 'noreferrer'] }, [
          text('Tweet this'),
        ]),
      ]),
    ]),
  ];
}
