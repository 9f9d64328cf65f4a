import type { ShortcodeHandler } from './shortcode-handler.ts';

/** `[tweet_dis_img]<img …>[/tweet_dis_img]` (Tweet Dis plugin): the image; sharing needed its script. */
export const tweetDisImg: ShortcodeHandler = ({ children }) => children;
