import { Outlet, ScrollRestoration } from 'react-router';
import { NavigationProgress } from './navigation-progress.tsx';
import { SiteFrame } from './site-frame.tsx';

/** The root route's component: the frame, the loading bar, and the current page. */
export function SiteLayout() {
  return (
    <>
      <NavigationProgress />
      <SiteFrame>
        <Outlet />
      </SiteFrame>
      {/* Scrolls to the top on navigation and restores positions on back/forward. */}
      <ScrollRestoration />
    </>
  );
}
