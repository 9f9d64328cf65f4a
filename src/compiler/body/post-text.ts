import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Post } from '../../content/post-schema.ts';
import { plainText } from './plain-text.ts';

/**
 * A post's body as one line of plain text: section titles and section bodies in order. What
 * search indexes and quotes. The compiler takes it from the body's tree as it renders the
 * post (bodyText, cached with the post); this one reads it back from a post's JSON (the
 * dev server's index), parsing every section's HTML again, the costly part. Both give the
 * same text (checked on every corpus post in tests/compiler/corpus.test.ts).
 */
export function postText(post: Pick<Post, 'sections'>): string {
  const parts: string[] = [];
  for (const section of post.sections) {
    if (section.title !== '') parts.push(section.title);
    parts.push(plainText(fromHtml(section.html, { fragment: true })));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The same text, from the rendered body's tree (what the sections are cut from). */
export function bodyText(tree: Root): string {
  return plainText(tree).replace(/\s+/g, ' ').trim();
}
