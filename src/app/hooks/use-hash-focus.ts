import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { findHeadingByAnchor } from './find-heading-by-anchor.ts';
import { prefersReducedMotion } from './prefers-reduced-motion.ts';

/**
 * After the article renders, brings the element named by the URL hash into view and moves
 * focus to it, so keyboard and screen-reader users land where the link pointed.
 * Runs on first load and after every client navigation (the location key changes).
 */
export function useHashFocus(): void {
  const { hash, key, pathname } = useLocation();
  const previousPath = useRef<string | null>(null);
  useEffect(() => {
    // Only a jump within the page scrolls smoothly: landing on a page should be instant.
    const inPage = previousPath.current === pathname;
    previousPath.current = pathname;
    if (hash.length <= 1) return;
    const id = safeDecode(hash.slice(1));
    // getElementById, never querySelector('#' + id): WordPress ids may start with a digit.
    // Old links may use another id style for the same heading (see findHeadingByAnchor).
    const target = document.getElementById(id) ?? findHeadingByAnchor(document, id);
    if (target === null) return;
    // Headings and post elements are not focusable by default; -1 keeps them out of tab order.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    const smooth = inPage && !prefersReducedMotion();
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
  }, [hash, key, pathname]);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
