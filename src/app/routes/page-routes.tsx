import type { QueryClient } from '@tanstack/react-query';
import type { NonIndexRouteObject, Params } from 'react-router';
import type { DataPageKind } from '../../content/page-data.ts';
import type { PageAddress } from '../../content/page-kinds.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { createPostLoader, postPathOf, PostRoute } from './post-route.tsx';
import { archiveAddressOf, authorAddressOf, indexAddressOf } from './route-params.ts';

/**
 * How the app shows each kind of page of the table (src/content/page-kinds.ts), which names
 * the kind's router paths; a kind without its entry here fails the type check.
 */
export interface PageRoute<K extends DataPageKind> {
  /** The loader and view of the kind's routes, or a lazy import of them. */
  handler(queryClient: QueryClient, site: SiteConfig): Pick<NonIndexRouteObject, PageHandlerKey>;
  /** The address a matched URL asks for, as the loader reads it; null for a 404. */
  addressAt(params: Params, url: URL, site: SiteConfig): PageAddress<K> | null;
}

type PageHandlerKey = 'loader' | 'Component' | 'lazy';

export const PAGE_ROUTES: { readonly [K in DataPageKind]: PageRoute<K> } = {
  post: {
    handler: (queryClient, site) => ({
      loader: createPostLoader(queryClient, site),
      Component: PostRoute,
    }),
    addressAt: (_params, url, site) => ({ path: postPathOf(url.href, site.base) }),
  },
  // Listing pages are their own chunks (so is search): a reader who lands on a post never
  // downloads them. main.tsx loads a matched one before hydrating.
  index: {
    handler: (queryClient, site) => ({
      lazy: () =>
        import('./index-route.tsx').then((module) => ({
          loader: module.createIndexLoader(queryClient, site),
          Component: module.IndexRoute,
        })),
    }),
    addressAt: indexAddressOf,
  },
  author: {
    handler: (queryClient, site) => ({
      lazy: () =>
        import('./author-route.tsx').then((module) => ({
          loader: module.createAuthorLoader(queryClient, site),
          Component: module.AuthorRoute,
        })),
    }),
    addressAt: authorAddressOf,
  },
  archive: {
    handler: (queryClient, site) => ({
      lazy: () =>
        import('./archive-route.tsx').then((module) => ({
          loader: module.createArchiveLoader(queryClient, site),
          Component: module.ArchiveRoute,
        })),
    }),
    addressAt: archiveAddressOf,
  },
  'archive-index': {
    handler: (queryClient, site) => ({
      lazy: () =>
        import('./archive-route.tsx').then((module) => ({
          loader: module.createArchiveIndexLoader(queryClient, site),
          Component: module.ArchiveIndexRoute,
        })),
    }),
    addressAt: () => ({}),
  },
};
