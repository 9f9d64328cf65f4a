import {
  BylineAuthor,
  BylineDate,
  BylineSeparator,
  ReadingTime,
} from '../app/views/byline-parts.tsx';
import { PostStatusBadge } from '../app/views/post-status-badge.tsx';
import type { PostSummary } from '../content/post-schema.ts';

/**
 * One post in a list embed: the index's list item (same classes, same byline parts) with a
 * plain link to the post's canonical URL and unlinked byline, since the app's router does not
 * run on the host page. Compact: the title and the date, for a sidebar.
 */
export function PostCard({
  post,
  url,
  compact = false,
}: {
  post: PostSummary;
  url: string;
  compact?: boolean;
}) {
  return (
    <li className="folio-post-item">
      <article>
        <h2 className="folio-post-item-title">
          <a href={url}>{post.title}</a>
        </h2>
        <p className="folio-byline">
          <BylineDate iso={post.date} link={false} />
          {!compact && (
            <>
              {post.author !== '' && <BylineSeparator />}
              <BylineAuthor author={post.author} link={false} />
              {post.readingMinutes !== undefined && <BylineSeparator />}
              <ReadingTime minutes={post.readingMinutes} />
            </>
          )}
          <PostStatusBadge post={post} />
        </p>
        {!compact && post.excerpt !== '' && <p className="folio-excerpt">{post.excerpt}</p>}
      </article>
    </li>
  );
}
