import type { PostSummary } from '../content/post-schema.ts';

/**
 * Whether readers of the production site may see a post: not a draft (`published: false`)
 * and not scheduled (dated after the build). Dev preview shows every post, with a badge.
 * A scheduled post appears with the first build after its date.
 */
export function isPublic(post: PostSummary, now: number): boolean {
  return !post.draft && Date.parse(post.date) <= now;
}
