import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client navigation to another page, moves focus to the new page's `<h1>` (so
 * keyboard and screen-reader users start reading there, not at the link they left) and
 * returns its title for a polite live region. The first page load is left alone (the
 * browser reads a fresh page from the top), and so is a change of hash or query string
 * on the same page: in-page links are useHashFocus's job, and a search box that updates
 * `?q=` must keep its focus. A navigation to `page#section` leaves focus to useHashFocus
 * too, but still announces the page.
 */
export function usePageChangeFocus(mainId: string): string {
  const { pathname, hash } = useLocation();
  const previousPath = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const from = previousPath.current;
    previousPath.current = pathname;
    if (from === null || from === pathname) return;
    const main = document.getElementById(mainId);
    const heading = main?.querySelector('h1') ?? null;
    if (hash.length <= 1) {
      const target = heading ?? main;
      if (target) {
        // Headings are not focusable by default; -1 keeps them out of the tab order.
        if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus({ preventScroll: true });
      }
    }
    setAnnouncement(heading?.textContent?.trim() || document.title);
  }, [pathname, hash, mainId]);
  return announcement;
}
