import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type HydrationState, type Params, type RouteObject } from 'react-router';
import type { DataPageKind, PageData, PageOf } from '../content/page-data.ts';
import { DATA_PAGE_KINDS, PAGE_KINDS, pageFacts } from '../content/page-kinds.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { NotFoundError } from './data/data-errors.ts';
import { createEmbedRoutes } from './routes/embed-route.tsx';
import { PAGE_ROUTES } from './routes/page-routes.tsx';
import { RootErrorBoundary } from './routes/root-error-boundary.tsx';
import { RouteErrorBoundary } from './routes/route-error-boundary.tsx';
import { createSearchRoute } from './routes/search-route.tsx';
import { LoadingView } from './views/loading-view.tsx';
import { SiteLayout } from './views/site-layout.tsx';

/**
 * The route tree. Loaders ensure each page's query is in the cache before it renders (the
 * router decides when); views read the same query with useSuspenseQuery (react-query
 * decides what). Paths are relative to the router's basename, the site base.
 *
 *   /              index page 1 (and `/?p=ID`, which redirects to that post)
 *   /page/:page    index page n
 *   /author/:slug[/page/:page]            an author's posts
 *   /archive/      every month with posts
 *   /archive/:year/:month[/page/:page]    a month's posts
 *   /search/?q=    search (search-route.tsx)
 *   /*             the post at that permalink path
 *   /…/embed/      that post in an iframe (embed-route.tsx)
 */
export function createRoutes(queryClient: QueryClient, site: SiteConfig): RouteObject[] {
  const page = {
    HydrateFallback: LoadingView,
    ErrorBoundary: RouteErrorBoundary,
  };
  // Each kind's paths (src/content/page-kinds.ts) with its loader and view (page-routes.tsx).
  const pages = DATA_PAGE_KINDS.flatMap((kind): RouteObject[] => {
    const handler = PAGE_ROUTES[kind].handler(queryClient, site);
    return PAGE_KINDS[kind].routes.map(({ id, path }) =>
      path === '' ? { id, index: true, ...handler, ...page } : { id, path, ...handler, ...page },
    );
  });
  return [
    {
      id: 'root',
      path: '/',
      Component: SiteLayout,
      ErrorBoundary: RootErrorBoundary,
      children: [createSearchRoute(), ...pages],
    },
    // `<permalink>embed/`: the post in an iframe, outside the site frame (embed-route.tsx).
    ...createEmbedRoutes(queryClient, site),
  ];
}

/** The kind each page route shows, by route id. */
const KIND_OF_ROUTE = new Map<string, DataPageKind>(
  DATA_PAGE_KINDS.flatMap((kind) => PAGE_KINDS[kind].routes.map(({ id }) => [id, kind] as const)),
);

/**
 * Puts a prerendered page's data where the loaders will look for it, and returns the router
 * state the server rendered with, so the first client render is the server's HTML and no
 * loader runs. Null when the page data does not belong to this URL (then the app renders
 * afresh and the loaders fetch as usual).
 */
export function seedFromPageData(
  queryClient: QueryClient,
  routes: RouteObject[],
  site: SiteConfig,
  page: PageData,
  location: URL,
): HydrationState | null {
  const leaf = matchRoutes(routes, location.pathname, site.base)?.at(-1);
  const id = leaf?.route.id;
  if (leaf === undefined || id === undefined) return null;
  if (page.kind === 'not-found') {
    return { loaderData: {}, errors: { [id]: new NotFoundError(location.pathname) } };
  }
  if (KIND_OF_ROUTE.get(id) !== page.kind) return null;
  return seed(queryClient, page.kind, page, { id, params: leaf.params, location, site });
}

/**
 * Seeds the page's data when it is the page the URL asks for (their query keys agree); the
 * route's loader data is then what its loader would have returned, the address.
 */
function seed<K extends DataPageKind>(
  queryClient: QueryClient,
  kind: K,
  page: PageOf<K>,
  match: { id: string; params: Params; location: URL; site: SiteConfig },
): HydrationState | null {
  const wanted = PAGE_ROUTES[kind].addressAt(match.params, match.location, match.site);
  if (wanted === null) return null;
  const facts = pageFacts(kind, page);
  if (!sameKey(PAGE_KINDS[kind].queryKey(wanted), facts.queryKey)) return null;
  queryClient.setQueryData(facts.queryKey, facts.payload);
  return { loaderData: { [match.id]: wanted } };
}

/** Query keys hold strings and numbers only (page-kinds.ts). */
function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
