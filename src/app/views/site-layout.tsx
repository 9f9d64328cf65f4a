import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { usePageChangeFocus } from '../hooks/use-page-change-focus.ts';
import { NavigationProgress } from './navigation-progress.tsx';
import { MAIN_ID, SiteFrame } from './site-frame.tsx';

// Dev preview tools (problems overlay), only under the dev server. `import.meta.env.DEV` is a
// build-time constant, so a production build drops this branch and the module with it.
// Unit tests (mode 'test') have no dev server to ask and test the tools on their own, and a
// prerender bundle (SSR) never shows them (it may be built with DEV set, under a test runner).
const DevTools =
  import.meta.env.DEV && import.meta.env.MODE !== 'test' && !import.meta.env.SSR
    ? lazy(() => import('../dev/dev-tools.tsx'))
    : undefined;

/**
 * The root route's component: the frame, the loading bar, and the current page. After a
 * client navigation, focus moves to the new page's heading and its title is announced.
 */
export function SiteLayout() {
  const announcement = usePageChangeFocus(MAIN_ID);
  return (
    <>
      <NavigationProgress />
      <SiteFrame>
        <Outlet />
      </SiteFrame>
      {/* Always in the page, so screen readers already watch it when the title appears. */}
      <p className="folio-route-announcer folio-visually-hidden" role="status">
        {announcement}
      </p>
      {/* Scrolls to the top on navigation and restores positions on back/forward. */}
      <ScrollRestoration />
      {DevTools && (
        <Suspense fallback={null}>
          <DevTools />
        </Suspense>
      )}
    </>
  );
}
