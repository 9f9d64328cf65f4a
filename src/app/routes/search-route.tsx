import type { RouteObject } from 'react-router';
import { SEARCH_ROUTE } from '../../content/page-kinds.ts';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

/**
 * `/search/?q=…`, a child of the root route (beside home, index pages and posts). No loader:
 * the page renders at once and loads the index itself, so typing never waits on the router
 * and the URL updates of each keystroke run no loader.
 */
export function createSearchRoute(): RouteObject {
  return {
    ...SEARCH_ROUTE,
    // Its own chunk, with the results UI: only readers who search download it.
    lazy: () =>
      import('../search/search-page.tsx').then(({ SearchPage }) => ({ Component: SearchPage })),
    ErrorBoundary: RouteErrorBoundary,
  };
}
