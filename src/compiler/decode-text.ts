import { decodeHTML } from 'entities';

/**
 * Front-matter text as a reader should see it: folded YAML leaves newlines and runs of spaces,
 * and WordPress stored titles with HTML entities (`&#8211;`, `&amp;lt;`). Entities are decoded
 * exactly once, so `&amp;lt;` becomes the text `&lt;`, never markup.
 */
export function decodeText(raw: string): string {
  return decodeHTML(raw.replace(/\s+/g, ' ').trim()).replace(/\s+/g, ' ').trim();
}
