import { useEffect } from 'react';
import { useSite } from '../site-context.tsx';

/** Sets `<title>` to "page — site", or just the site title when the page has none. */
export function useDocumentTitle(pageTitle: string | null): void {
  const site = useSite();
  const title =
    pageTitle === null || pageTitle === '' ? site.title : `${pageTitle} — ${site.title}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
