import { Link } from 'react-router';
import type { PostSummary } from '../../content/post-schema.ts';
import { PostStatusBadge } from './post-status-badge.tsx';
import { PostDate } from './post-date.tsx';

/** One post in the index: title link, byline and excerpt. */
export function PostListItem({ post }: { post: PostSummary }) {
  return (
    <li className="folio-post-item">
      <article>
        <h2 className="folio-post-item-title">
          <Link to={post.path}>{post.title}</Link>
        </h2>
        <p className="folio-byline">
          <PostDate iso={post.date} />
          <span className="folio-byline-separator" aria-hidden="true">
            ·
          </span>
          <span className="folio-author">{post.author}</span>
          <PostStatusBadge post={post} />
        </p>
        {post.excerpt !== '' && <p className="folio-excerpt">{post.excerpt}</p>}
      </article>
    </li>
  );
}
