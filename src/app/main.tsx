import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import site from 'virtual:folio/site';
import type { SiteConfig } from '../content/site-config.ts';
import { createQueryClient } from './data/create-query-client.ts';
import { listenForDataChanges } from './live-updates.ts';
import { createRoutes } from './routes.tsx';
import { SiteProvider } from './site-context.tsx';
import './styles/base.css';
import './styles/layout.css';
import './styles/index.css';
import './styles/article.css';
import './styles/prose.css';
import './styles/prose-media.css';

/** The browser entry: one QueryClient and one router for the page's lifetime. */
function start(container: HTMLElement, config: SiteConfig): void {
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient, config), {
    basename: config.base,
  });
  listenForDataChanges(queryClient, router);

  const app = (
    <StrictMode>
      <SiteProvider site={config}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </SiteProvider>
    </StrictMode>
  );
  // A prerendered page already holds the markup: hydrate it instead of rendering afresh.
  if (container.firstElementChild !== null) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

const root = document.getElementById('root');
if (root === null) throw new Error('Folio needs an element with id "root" in index.html.');
start(root, site);
