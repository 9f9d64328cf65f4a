import type { ElementContent } from 'hast';
import { element, text } from './hast-builders.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';

/**
 * `[tweet_box]quote[/tweet_box]` (Tweet Box plugin): the plugin showed the quote as a
 * highlighted aside with a share button. The button needed the plugin's script, which is not
 * kept: a plain link to Twitter's share page does the same without any script.
 */
export const tweetBox: ShortcodeHandler = ({ text: quote }) => tweetQuote(quote, 'tweet-box');

/** Shared with tweet_dis, which shows the same thing under another plugin's name. */
export function tweetQuote(quote: string, className: string): ElementContent[] {
  if (quote === '') return [];
  // Built with URLSearchParams, never by pasting text into a URL.
  const share = `https://twitter.com/intent/tweet?${new URLSearchParams({ text: quote })}`;
  // The same inline aside WordPress showed (no paragraphs inside: the text flows as it did),
  // plus the share link, which the stylesheet sets on its own line.
  return [
    element('aside', { className: [className] }, [
      text(quote),
      text(' '),
      element(
        'a',
        {
          className: ['tweet-box-share'],
          href: share,
          target: '_blank',
          rel: ['noopener', 'noreferrer'],
        },
        [text('Tweet this')],
      ),
    ]),
  ];
}
