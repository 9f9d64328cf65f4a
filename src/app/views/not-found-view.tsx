import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSite } from '../site-context.tsx';

/** The 404 page: for unknown paths and for posts whose data file does not exist. */
export function NotFoundView() {
  const { pathname } = useLocation();
  const site = useSite();
  useDocumentTitle('Page not found');
  // The router's pathname is relative to the base; show the reader the path they visited.
  const visited = site.base.replace(/\/$/, '') + pathname;
  return (
    <div className="folio-message">
      <h1>Page not found</h1>
      <p>
        There is nothing at <code className="folio-path">{visited}</code>. It may have moved, or the
        link may be mistyped.
      </p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </div>
  );
}
