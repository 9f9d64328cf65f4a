import type { Root } from 'hast';
import { plainText } from './body/plain-text.ts';

/** WordPress's wp_trim_words default. */
const EXCERPT_WORDS = 55;

/**
 * The excerpt a listing shows when post_excerpt is empty: the first 55 words a reader sees
 * in the sanitized body, with '…' when cut. Plain text, and shortcodes are already expanded.
 */
export function deriveExcerpt(body: Root): string {
  const words = plainText(body).split(/\s+/).filter(Boolean);
  const cut = words.length > EXCERPT_WORDS;
  return words.slice(0, EXCERPT_WORDS).join(' ') + (cut ? '…' : '');
}
