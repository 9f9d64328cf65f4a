import { escapeMarkup } from '../../content/escape-markup.ts';
import type { Post } from '../../content/post-schema.ts';

/**
 * A post's article as one HTML fragment, the shape WordPress showed it: the intro, then each
 * section with its heading (id and plain-text title) back in front of its html. What feeds
 * carry as full text, what the fidelity score compares with WordPress's rendering and what
 * the compiler's fixtures state as expected bodies.
 */
export function articleHtml(post: Pick<Post, 'sections'>): string {
  return post.sections
    .map((section) => {
      if (section.level === 0) return section.html;
      const id = section.id === '' ? '' : ` id="${escapeMarkup(section.id)}"`;
      return `<h2${id}>${escapeMarkup(section.title)}</h2>\n${section.html}`;
    })
    .join('\n');
}
