import type { CSSProperties, ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { SiteMessagesProvider } from '../i18n/messages-context.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { useSite } from '../site-context.tsx';
import { SearchLauncher } from '../search/search-launcher.tsx';
import { ThemeToggle } from '../theme/theme-toggle.tsx';
import '../styles/theme-toggle.css';
import '../styles/print.css';

/** The id of `<main>`: the skip link's target, and where focus goes after navigation. */
export const MAIN_ID = 'folio-main';

/**
 * Header, main and footer around every page, error pages included: the banner, main and
 * contentinfo landmarks, the skip link to main, the search box and the theme switch.
 */
export function SiteFrame({ children }: { children: ReactNode }) {
  const site = useSite();
  const messages = useMessages();
  const { pathname } = useLocation();
  // print.css writes these after links and under the article's byline. Public addresses,
  // from the site config (the same on the server and in the browser, so hydration matches).
  const origin = site.origin;
  const pageUrl = `${origin}${site.base.replace(/\/$/, '')}${pathname}`;
  const printVariables = {
    '--folio-print-origin': cssString(origin),
    '--folio-print-permalink': cssString(messages.printedPermalink(pageUrl)),
  } as CSSProperties;
  return (
    <SiteMessagesProvider>
      <div className="folio-site" style={printVariables}>
        <a className="folio-skip-link" href={`#${MAIN_ID}`}>
          {messages.skipToContent}
        </a>
        <header className="folio-site-header">
          <Link className="folio-site-title" to="/">
            {site.title}
          </Link>
          <SearchLauncher />
          <ThemeToggle />
        </header>
        <main className="folio-main" id={MAIN_ID} tabIndex={-1}>
          {children}
        </main>
        <footer className="folio-site-footer">
          <p>
            {site.title} · <Link to="/">{messages.allPosts}</Link>
          </p>
        </footer>
      </div>
    </SiteMessagesProvider>
  );
}

/** A CSS string token: quotes and backslashes escaped, line breaks (never in a URL) dropped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}
