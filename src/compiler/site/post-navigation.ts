import type { PostPath } from '../../content/post-path.ts';
import type { PostLink, PostNav } from '../../content/post-schema.ts';
import { createRelatedIndex } from './related-posts.ts';

interface Linkable {
  title: string;
  path: PostPath;
  date: string;
}

/**
 * Previous/next and related posts of every post of a newest-first listing: the previous post
 * is the older neighbour, the next the newer one. Needs every post's title, path and date,
 * never a body, so the dev server computes it from front matter alone. Each post's links are
 * worked out when asked for (see related-posts.ts for their cost).
 */
export function postNavigation(ordered: readonly Linkable[]): (index: number) => PostNav {
  const related = createRelatedIndex(ordered.map((post) => post.title));
  const linkAt = (index: number): PostLink | null => {
    const post = ordered[index];
    return post === undefined ? null : { title: post.title, path: post.path, date: post.date };
  };
  return (index) => ({
    previous: linkAt(index + 1),
    next: index > 0 ? linkAt(index - 1) : null,
    related: related.relatedTo(index).flatMap((other) => linkAt(other) ?? []),
  });
}
