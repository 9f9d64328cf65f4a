import type { Post } from '../content/post-schema.ts';
import { readBody } from './compile-cache.ts';

/*
 * A big blog's post bodies do not stay in the build's memory: a post compiled into the
 * compile cache comes back lean (compile-cache.ts `leanResult`: no sections, no search text),
 * and its body waits in its cache entry until the page job that writes the post reads it
 * back (`withBody`), on whichever thread runs it, as the search index reads its text
 * (`searchTextIn`). The build then holds titles, dates and paths for every post, not every
 * post's HTML and text (10,000 generated posts: the cold build's peak fell from 1,184 to
 * 938 MB, `npm run bench:scale`).
 */

/** `post` with the sections stored in `cacheFile`, the compile cache entry it came from. */
export function withBody(post: Post, cacheFile: string): Post {
  return { ...post, sections: bodyOf(post, cacheFile).sections };
}

/** The search text of `post`, stored in `cacheFile` with its body. */
export function searchTextIn(post: Pick<Post, 'source'>, cacheFile: string): string {
  return bodyOf(post, cacheFile).searchText;
}

function bodyOf(post: Pick<Post, 'source'>, cacheFile: string) {
  const entry = readBody(cacheFile);
  if (entry === undefined) {
    throw new Error(
      `${post.source}: its compiled body is gone from the compile cache (${cacheFile}); ` +
        'was the cache folder deleted during the build? Build again.',
    );
  }
  return entry;
}
