import { Link } from 'react-router';
import { indexPagePath } from '../../content/data-paths.ts';

/** Previous/next links between index pages, with where the reader is. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="folio-pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link className="folio-pagination-link" to={indexPagePath(page - 1)} rel="prev">
          <span aria-hidden="true">← </span>Newer posts
        </Link>
      ) : (
        <span />
      )}
      <span className="folio-pagination-status">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className="folio-pagination-link" to={indexPagePath(page + 1)} rel="next">
          Older posts<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
