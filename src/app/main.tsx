import { createRoot, hydrateRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createBrowserRouter, RouterProvider } from 'react-router';
import site from 'virtual:folio/site';
import { wordpressIdOf } from '../content/id-data.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { AppProviders } from './app-providers.tsx';
import { createQueryClient } from './data/create-query-client.ts';
import { readPageData } from './data/page-data.ts';
import { listenForDataChanges } from './live-updates.ts';
import { createRoutes, seedFromPageData } from './routes.tsx';
import './styles/base.css';
import './styles/layout.css';
import './styles/index.css';
import './styles/article.css';
import './styles/toc.css';
import './styles/prose.css';
import './styles/prose-media.css';
import './styles/navigation.css';

/**
 * The browser entry: one QueryClient and one router for the page's lifetime.
 *
 * A prerendered page carries its data (#folio-data): the query cache is seeded with it and
 * the router starts in the state the server rendered, so hydration reuses the HTML without
 * a request or a mismatch. The 404 page is served for any unknown path, so its markup names
 * another path than the reader's: it is rendered afresh (synchronously, so nothing flashes).
 * Without page data (the dev server) the app renders from scratch and fetches as usual.
 */
function start(container: HTMLElement, config: SiteConfig): void {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient, config);
  const location = new URL(window.location.href);
  const page = readPageData(document);
  // `/?p=ID` must reach the index loader, which redirects to that post.
  const seeded =
    page === null || wordpressIdOf(location.search) !== null
      ? null
      : seedFromPageData(queryClient, routes, config, page, location);
  const router = createBrowserRouter(routes, {
    basename: config.base,
    ...(seeded === null ? {} : { hydrationData: seeded }),
  });
  listenForDataChanges(queryClient, router);

  const app = (
    <AppProviders site={config} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
  if (seeded !== null && page?.kind !== 'not-found' && container.firstElementChild !== null) {
    hydrateRoot(container, app);
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

const root = document.getElementById('root');
if (root === null) throw new Error('Folio needs an element with id "root" in index.html.');
start(root, site);
