import { useId, type ReactNode } from 'react';
import type { IndexPage } from '../../content/post-schema.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { Pagination } from './pagination.tsx';
import { PostListItem } from './post-list-item.tsx';

/**
 * One page of a list of posts (the index, an author's, a month's): its heading, the posts in
 * the order of the page's JSON (newest first), and the links to the other pages.
 */
export function ListingView({
  listing,
  heading,
  headingHidden = false,
  intro,
  pathOf,
}: {
  listing: Pick<IndexPage, 'page' | 'pageCount' | 'posts'>;
  heading: string;
  /** The index's heading is for screen readers only: the site title above says it. */
  headingHidden?: boolean;
  intro?: ReactNode;
  pathOf?: (page: number) => string;
}) {
  const messages = useMessages();
  const headingId = useId();
  return (
    <div className="folio-index">
      <h1
        id={headingId}
        className={headingHidden ? 'folio-visually-hidden' : 'folio-listing-heading'}
      >
        {heading}
      </h1>
      {intro}
      {listing.posts.length === 0 ? (
        <p className="folio-empty">{messages.noPostsYet}</p>
      ) : (
        // Named by the heading, so it stands apart from the page numbers' list.
        <ol className="folio-post-list" aria-labelledby={headingId}>
          {listing.posts.map((post) => (
            <PostListItem key={post.path} post={post} />
          ))}
        </ol>
      )}
      <Pagination page={listing.page} pageCount={listing.pageCount} pathOf={pathOf} />
    </div>
  );
}
