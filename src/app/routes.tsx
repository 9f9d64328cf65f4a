import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router';
import type { SiteConfig } from '../content/site-config.ts';
import { NotFoundError } from './data/data-errors.ts';
import { indexQuery } from './data/index-query.ts';
import { archiveIndexQuery, archiveQuery, authorQuery } from './data/listing-queries.ts';
import type { PageData } from './data/page-data.ts';
import { postQuery } from './data/post-query.ts';
import { createEmbedRoutes } from './routes/embed-route.tsx';
import { createIndexLoader, IndexRoute } from './routes/index-route.tsx';
import { createPostLoader, postPathOf, PostRoute } from './routes/post-route.tsx';
import { RootErrorBoundary } from './routes/root-error-boundary.tsx';
import { RouteErrorBoundary } from './routes/route-error-boundary.tsx';
import { createSearchRoute } from './routes/search-route.tsx';
import { yearMonthOf } from './routes/route-params.ts';
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
  const indexLoader = createIndexLoader(queryClient, site);
  // Listing pages other than the index are their own chunks (so is search): a reader who
  // lands on a post never downloads them. main.tsx loads a matched one before hydrating.
  const author = () =>
    import('./routes/author-route.tsx').then((module) => ({
      loader: module.createAuthorLoader(queryClient, site),
      Component: module.AuthorRoute,
    }));
  const archive = () =>
    import('./routes/archive-route.tsx').then((module) => ({
      loader: module.createArchiveLoader(queryClient, site),
      Component: module.ArchiveRoute,
    }));
  const archiveIndex = () =>
    import('./routes/archive-route.tsx').then((module) => ({
      loader: module.createArchiveIndexLoader(queryClient, site),
      Component: module.ArchiveIndexRoute,
    }));
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
        createSearchRoute(),
        { id: 'home', index: true, loader: indexLoader, Component: IndexRoute, ...page },
        {
          id: 'index-page',
          path: 'page/:page',
          loader: indexLoader,
          Component: IndexRoute,
          ...page,
        },
        {
          id: 'author',
          path: 'author/:slug',
          lazy: author,
          ...page,
        },
        {
          id: 'author-page',
          path: 'author/:slug/page/:page',
          lazy: author,
          ...page,
        },
        {
          id: 'archive-index',
          path: 'archive',
          lazy: archiveIndex,
          ...page,
        },
        {
          id: 'archive',
          path: 'archive/:year/:month',
          lazy: archive,
          ...page,
        },
        {
          id: 'archive-page',
          path: 'archive/:year/:month/page/:page',
          lazy: archive,
          ...page,
        },
        {
          id: 'post',
          path: '*',
          loader: createPostLoader(queryClient, site),
          Component: PostRoute,
          ...page,
        },
      ],
    },
    // `<permalink>embed/`: the post in an iframe, outside the site frame (embed-route.tsx).
    ...createEmbedRoutes(queryClient, site),
  ];
}

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
  if (page.kind === 'post' && id === 'post') {
    const path = postPathOf(location.href, site.base);
    if (path !== page.post.path) return null;
    queryClient.setQueryData(postQuery(site, path).queryKey, page.post);
    return { loaderData: { [id]: { path } } };
  }
  const wantedPage = leaf.params.page === undefined ? 1 : Number(leaf.params.page);
  if (page.kind === 'index' && (id === 'home' || id === 'index-page')) {
    if (wantedPage !== page.index.page) return null;
    queryClient.setQueryData(indexQuery(site, page.index.page).queryKey, page.index);
    return { loaderData: { [id]: { page: page.index.page } } };
  }
  if (page.kind === 'author' && (id === 'author' || id === 'author-page')) {
    const { slug, page: number } = page.author;
    if (wantedPage !== number || leaf.params.slug !== slug) return null;
    queryClient.setQueryData(authorQuery(site, slug, number).queryKey, page.author);
    return { loaderData: { [id]: { slug, page: number } } };
  }
  if (page.kind === 'archive' && (id === 'archive' || id === 'archive-page')) {
    const when = yearMonthOf(leaf.params.year, leaf.params.month);
    const { year, month, page: number } = page.archive;
    if (wantedPage !== number || when?.year !== year || when.month !== month) return null;
    queryClient.setQueryData(archiveQuery(site, when, number).queryKey, page.archive);
    return { loaderData: { [id]: { when, page: number } } };
  }
  if (page.kind === 'archive-index' && id === 'archive-index') {
    queryClient.setQueryData(archiveIndexQuery(site).queryKey, page.archiveIndex);
    return { loaderData: { [id]: {} } };
  }
  return null;
}
