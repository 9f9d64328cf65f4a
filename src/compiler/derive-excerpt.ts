import type { Root } from 'hast';
import { plainText } from './body/plain-text.ts';

/** WordPress's wp_trim_words default. */
const EXCERPT_WORDS = 55;

/**
 * The excerpt a listing shows when post_excerpt is empty: the first 55 words a reader sees
 * in the sanitized body (or before `<!--more-->`), with '…' when cut. Plain text, shortcodes expanded.
 */
export function deriveExcerpt(body: Root): string {
  // `<!--more-->` marks where the author wanted the teaser to end.
  const teaser = body.data?.folioTeaser;
  const words = (teaser !== undefined && teaser !== '' ? teaser : plainText(body))
    .split(/\s+/)
    .filter(Boolean);
  const cut = words.length > EXCERPT_WORDS;
  return words.slice(0, EXCERPT_WORDS).join(' ') + (cut ? '…' : '');
}
