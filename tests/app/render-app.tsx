import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { SiteConfig } from '../../src/content/site-config.ts';
import { createRoutes } from '../../src/app/routes.tsx';
import { SiteProvider } from '../../src/app/site-context.tsx';
import { testSite } from './fixtures.ts';

/** Renders the whole app at `path` with a fresh, non-retrying QueryClient. */
export function renderApp(path: string, site: SiteConfig = testSite) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient, site), {
    initialEntries: [path],
    basename: site.base,
  });
  const user = userEvent.setup();
  render(
    <SiteProvider site={site}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </SiteProvider>,
  );
  return { router, user, queryClient };
}
