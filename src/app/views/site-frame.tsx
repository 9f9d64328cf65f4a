import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSite } from '../site-context.tsx';

/** Header, main and footer around every page, error pages included. */
export function SiteFrame({ children }: { children: ReactNode }) {
  const site = useSite();
  return (
    <div className="folio-site">
      <a className="folio-skip-link" href="#folio-main">
        Skip to content
      </a>
      <header className="folio-site-header">
        <Link className="folio-site-title" to="/">
          {site.title}
        </Link>
      </header>
      <main className="folio-main" id="folio-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="folio-site-footer">
        <p>
          {site.title} · <Link to="/">All posts</Link>
        </p>
      </footer>
    </div>
  );
}
