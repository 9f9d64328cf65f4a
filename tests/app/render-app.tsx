import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../src/app/app-providers.tsx';
import { createQueryClient } from '../../src/app/data/create-query-client.ts';
import { createRoutes } from '../../src/app/routes.tsx';
import type { SiteConfig } from '../../src/content/site-config.ts';
import { testSite } from './fixtures.ts';

/** The app's own QueryClient, fresh for each test and failing at once instead of retrying. */
export function testQueryClient(): QueryClient {
  return createQueryClient({ retry: false });
}

/** `ui` inside the providers the app wraps its router in (main.tsx and the prerenderer). */
export function withProviders(
  ui: ReactNode,
  site: SiteConfig = testSite,
  queryClient: QueryClient = testQueryClient(),
) {
  return (
    <AppProviders site={site} queryClient={queryClient}>
      {ui}
    </AppProviders>
  );
}

/** Renders `ui` inside the app's providers; returns render's result and the QueryClient. */
export function renderWithProviders(
  ui: ReactNode,
  site: SiteConfig = testSite,
  queryClient: QueryClient = testQueryClient(),
) {
  return { ...render(withProviders(ui, site, queryClient)), queryClient };
}

/** Renders the whole app at `path` with a fresh, non-retrying QueryClient. */
export function renderApp(path: string, site: SiteConfig = testSite) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient, site), {
    initialEntries: [path],
    basename: site.base,
  });
  const user = userEvent.setup();
  renderWithProviders(<RouterProvider router={router} />, site, queryClient);
  return { router, user, queryClient };
}
