import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * After the article renders, brings the element named by the URL hash into view and moves
 * focus to it, so keyboard and screen-reader users land where the link pointed.
 * Runs on first load and after every client navigation (the location key changes).
 */
export function useHashFocus(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (hash.length <= 1) return;
    const id = safeDecode(hash.slice(1));
    // getElementById, never querySelector('#' + id): WordPress ids may start with a digit.
    const target = document.getElementById(id);
    if (target === null) return;
    // Headings and post elements are not focusable by default; -1 keeps them out of tab order.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash, key]);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
