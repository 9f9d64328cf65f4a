import { PostDate } from '../app/views/post-date.tsx';
import { PostStatusBadge } from '../app/views/post-status-badge.tsx';
import type { PostSummary } from '../content/post-schema.ts';

/**
 * One post in `<folio-posts>`: the index's list item (same classes, same date and badge
 * views) with a plain link to the post's canonical URL, since the app's router does not run
 * on the host page.
 */
export function PostCard({ post, url }: { post: PostSummary; url: string }) {
  return (
    <li className="folio-post-item">
      <article>
        <h2 className="folio-post-item-title">
          <a href={url}>{post.title}</a>
        </h2>
        <p className="folio-byline">
          <PostDate iso={post.date} />
          {post.author !== '' && (
            <>
              <span className="folio-byline-separator" aria-hidden="true">
                ·
              </span>
              <span className="folio-author">{post.author}</span>
            </>
          )}
          <PostStatusBadge post={post} />
        </p>
        {post.excerpt !== '' && <p className="folio-excerpt">{post.excerpt}</p>}
      </article>
    </li>
  );
}
