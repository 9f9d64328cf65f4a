import type { IndexPage } from '../../content/post-schema.ts';
import { Pagination } from './pagination.tsx';
import { PostListItem } from './post-list-item.tsx';

/** One page of the post list, newest first as the page JSON orders it. */
export function IndexView({ index }: { index: IndexPage }) {
  return (
    <div className="folio-index">
      <h1 className="folio-visually-hidden">
        {index.page > 1 ? `Posts, page ${index.page}` : 'Posts'}
      </h1>
      {index.posts.length === 0 ? (
        <p className="folio-empty">No posts yet.</p>
      ) : (
        <ol className="folio-post-list">
          {index.posts.map((post) => (
            <PostListItem key={post.path} post={post} />
          ))}
        </ol>
      )}
      <Pagination page={index.page} pageCount={index.pageCount} />
    </div>
  );
}
