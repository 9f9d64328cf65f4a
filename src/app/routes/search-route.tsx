import type { RouteObject } from 'react-router';
import { SearchPage } from '../search/search-page.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

/**
 * `/search/?q=…`, a child of the root route (beside home, index pages and posts). No loader:
 * the page renders at once and loads the index itself, so typing never waits on the router
 * and the URL updates of each keystroke run no loader.
 */
export function createSearchRoute(): RouteObject {
  return { id: 'search', path: 'search', Component: SearchPage, ErrorBoundary: RouteErrorBoundary };
}
