import type { Post } from '../../src/content/post-schema.ts';

/** A post's body as one HTML string, h2 headings restored: how fixtures state expected bodies. */
export function articleHtml(post: Post): string {
  return post.sections
    .map((section) =>
      section.level === 2
        ? `<h2 id="${section.id}">${section.title}</h2>\n${section.html}`
        : section.html,
    )
    .join('\n');
}
