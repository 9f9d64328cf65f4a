import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PostSummary } from '../../content/post-schema.ts';
import { postQuery } from '../data/post-query.ts';
import { useSite } from '../site-context.tsx';
import { BylineAuthor, BylineDate, BylineSeparator, ReadingTime } from './byline-parts.tsx';
import { PostStatusBadge } from './post-status-badge.tsx';

/**
 * One post in a list (index, author or month page): title link, byline and excerpt.
 * Pointing at or focusing the title link starts loading the post's JSON (the same query its
 * loader ensures), so by the click it is usually in the cache and the article renders
 * without a wait. The date links to its month, the author to their page.
 */
export function PostListItem({ post }: { post: PostSummary }) {
  const queryClient = useQueryClient();
  const site = useSite();
  const prefetch = () => void queryClient.prefetchQuery(postQuery(site, post.path));
  return (
    <li className="folio-post-item">
      <article>
        <h2 className="folio-post-item-title">
          <Link to={post.path} onMouseEnter={prefetch} onFocus={prefetch}>
            {post.title}
          </Link>
        </h2>
        <p className="folio-byline">
          <BylineDate iso={post.date} link />
          {post.author !== '' && <BylineSeparator />}
          <BylineAuthor author={post.author} link />
          {post.readingMinutes !== undefined && <BylineSeparator />}
          <ReadingTime minutes={post.readingMinutes} />
          <PostStatusBadge post={post} />
        </p>
        {post.excerpt !== '' && <p className="folio-excerpt">{post.excerpt}</p>}
      </article>
    </li>
  );
}
