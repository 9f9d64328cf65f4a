import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { sitePathOf } from '../../content/site-url.ts';
import { useSite } from '../site-context.tsx';

/**
 * Post HTML links to other posts with plain `<a>` tags. This click handler turns clicks on
 * same-site page links into client navigations, so following them keeps the app loaded and
 * `#` links go through the router too (which scrolls to and focuses their target).
 * Files, other sites, new-tab and modified clicks keep the browser's own behaviour.
 */
export function useInternalLinks(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  const { base } = useSite();
  return (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!(event.target instanceof Element)) return;
    const anchor = event.target.closest('a');
    const href = anchor?.getAttribute('href') ?? '';
    if (anchor === null || href === '' || anchor.hasAttribute('download')) return;
    if (anchor.target !== '' && anchor.target !== '_self') return;
    if (href.startsWith('#')) {
      if (href === '#') return;
      event.preventDefault();
      void navigate({ hash: href });
      return;
    }
    const url = new URL(anchor.href, window.location.href);
    const path = url.origin === window.location.origin ? sitePathOf(url.pathname, base) : null;
    // Uploads and other files have an extension; permalinks do not.
    if (path === null || /\.[a-z0-9]+$/i.test(path)) return;
    event.preventDefault();
    void navigate(path + url.search + url.hash);
  };
}
