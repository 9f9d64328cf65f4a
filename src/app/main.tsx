import { createRoot } from 'react-dom/client';
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import site from 'virtual:folio/site';
import { wordpressIdOf } from '../content/id-data.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { AppProviders } from './app-providers.tsx';
import { createQueryClient } from './data/create-query-client.ts';
import { readPageData } from './data/page-data.ts';
import { hydratePage } from './hydrate-page.ts';
import { listenForDataChanges } from './live-updates.ts';
import { createRoutes, seedFromPageData } from './routes.tsx';

/**
 * The app, loaded by boot.ts: one QueryClient and one router for the page's lifetime.
 *
 * A prerendered page carries its data (#folio-data): the query cache is seeded with it and
 * the router starts in the state the server rendered, so hydration reuses the HTML without
 * a request or a mismatch. The 404 page is served for any unknown path, so its markup names
 * another path than the reader's: it is rendered afresh (synchronously, so nothing flashes).
 * Without page data (the dev server) the app renders from scratch and fetches as usual.
 */
async function start(container: HTMLElement, config: SiteConfig): Promise<void> {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient, config);
  const location = new URL(window.location.href);
  const page = readPageData(document);
  // `/?p=ID` must reach the index loader, which redirects to that post.
  const seeded =
    page === null || wordpressIdOf(location.search) !== null
      ? null
      : seedFromPageData(queryClient, routes, config, page, location);
  // A prerendered page of a lazy route (an author's page, a month) hydrates with that route's
  // code already here, or React would render its loading state over the server's HTML.
  if (seeded !== null) {
    await yieldToBrowser();
    await loadMatchedLazyRoutes(routes, location, config.base);
  }
  const router = createBrowserRouter(routes, {
    basename: config.base,
    ...(seeded === null ? {} : { hydrationData: seeded }),
  });
  listenForDataChanges(queryClient, router);

  const app = (
    <AppProviders site={config} queryClient={queryClient}>
      <RouterProvider router={router} />
      <ReadyMark />
    </AppProviders>
  );
  if (seeded !== null && page?.kind !== 'not-found' && container.firstElementChild !== null) {
    // Nothing may hold the main thread long while the reader starts scrolling (Lighthouse's
    // Total Blocking Time): loading the app, reading the page data and hydrating run as
    // separate tasks.
    await yieldToBrowser();
    hydratePage(container, app);
    return;
  }
  const root = createRoot(container);
  if (container.firstElementChild === null) {
    root.render(app);
    return;
  }
  // Replacing prerendered markup: clear and render in one task, so no empty frame is painted.
  container.replaceChildren();
  flushSync(() => root.render(app));
}

/**
 * Marks `<html data-folio-ready>` once the app has hydrated or rendered the page: from then on
 * links and controls are the app's. A prerendered page is readable before that (boot.ts), so
 * scripts that interact with the app (the end-to-end tests, an embedder's) wait for the mark.
 */
function ReadyMark() {
  useEffect(() => {
    document.documentElement.dataset.folioReady = '';
  }, []);
  return null;
}

/** Ends the current task, letting the browser handle input and paint before the next step. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves the lazy routes matching the location in place, as React Router's docs advise for hydration. */
async function loadMatchedLazyRoutes(routes: RouteObject[], location: URL, base: string) {
  const matches = matchRoutes(routes, location.pathname, base) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded, { lazy: undefined });
    }),
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('Folio needs an element with id "root" in index.html.');
void start(root, site);
