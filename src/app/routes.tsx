import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { SiteConfig } from '../content/site-config.ts';
import { createIndexLoader, IndexRoute } from './routes/index-route.tsx';
import { createPostLoader, PostRoute } from './routes/post-route.tsx';
import { RootErrorBoundary } from './routes/root-error-boundary.tsx';
import { RouteErrorBoundary } from './routes/route-error-boundary.tsx';
import { LoadingView } from './views/loading-view.tsx';
import { SiteLayout } from './views/site-layout.tsx';

/**
 * The route tree. Loaders ensure each page's query is in the cache before it renders (the
 * router decides when); views read the same query with useSuspenseQuery (react-query
 * decides what). Paths are relative to the router's basename, the site base.
 *
 *   /              index page 1
 *   /page/:page    index page n
 *   /*             the post at that permalink path
 */
export function createRoutes(queryClient: QueryClient, site: SiteConfig): RouteObject[] {
  const indexLoader = createIndexLoader(queryClient, site);
  const page = {
    HydrateFallback: LoadingView,
    ErrorBoundary: RouteErrorBoundary,
  };
  return [
    {
      id: 'root',
      path: '/',
      Component: SiteLayout,
      ErrorBoundary: RootErrorBoundary,
      children: [
        { index: true, loader: indexLoader, Component: IndexRoute, ...page },
        { path: 'page/:page', loader: indexLoader, Component: IndexRoute, ...page },
        {
          path: '*',
          loader: createPostLoader(queryClient, site),
          Component: PostRoute,
          ...page,
        },
      ],
    },
  ];
}
