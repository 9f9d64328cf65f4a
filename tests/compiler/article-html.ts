import { escapeAttribute, escapeText } from 'entities';
import type { Post } from '../../src/content/post-schema.ts';

/**
 * A post's body as one HTML string, from its JSON as the app reads it: each h2 section's
 * heading (id and plain-text title) back in front of its html. How fixtures state expected
 * bodies, and what the body invariants are checked on.
 */
export function articleHtml(post: Post): string {
  return post.sections
    .map((section) =>
      section.level === 2
        ? `<h2 id="${escapeAttribute(section.id)}">${escapeText(section.title)}</h2>\n${section.html}`
        : section.html,
    )
    .join('\n');
}
