import type { Post } from '../content/post-schema.ts';
import { readEntry } from './compile-cache.ts';

/**
 * A big blog's post bodies do not stay in the build's memory: once compiled, a post is kept
 * without its sections (`withoutBody`), which wait in its compile cache entry until the page
 * job that writes the post reads them back (`withBody`), on whichever thread runs it. The
 * build then holds titles, dates and paths for every post, not every post's HTML (10,000
 * posts: some 300 MB less).
 */
export function withoutBody(post: Post): Post {
  return { ...post, sections: [] };
}

/** `post` with the sections stored in `cacheFile`, the compile cache entry it came from. */
export function withBody(post: Post, cacheFile: string): Post {
  const entry = readEntry(cacheFile);
  if (entry?.ok !== true || entry.post.path !== post.path) {
    throw new Error(
      `${post.source}: its compiled body is gone from the compile cache (${cacheFile}); ` +
        'was the cache folder deleted during the build? Build again.',
    );
  }
  return { ...post, sections: entry.post.sections };
}
