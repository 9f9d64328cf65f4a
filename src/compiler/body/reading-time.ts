import type { Root } from 'hast';
import { plainText } from './plain-text.ts';

/** A common adult silent-reading speed for non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/**
 * Words a reader sees: runs of letters and digits (with inner apostrophes, dots and hyphens:
 * "don't", "3.5", "e-mail"), and each Chinese or Japanese character on its own, since those
 * scripts do not separate words with spaces.
 */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Minutes to read a rendered body: words / 230, rounded up, at least 1. */
export function readingMinutes(tree: Root): number {
  return Math.max(1, Math.ceil(countWords(plainText(tree)) / WORDS_PER_MINUTE));
}
