import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type DataStrategyFunction,
} from 'react-router';
import { PAGE_DATA_ID, type PageKind, type PageOf } from '../content/page-data.ts';
import { NOT_FOUND_PAGE, pageFacts } from '../content/page-kinds.ts';
import type { Prerender } from '../content/prerender.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { AppProviders } from './app-providers.tsx';
import { createQueryClient } from './data/create-query-client.ts';
import { NotFoundError } from './data/data-errors.ts';
import { indexHead, notFoundHead, postHead, type HeadTag } from './head/head-tags.ts';
import { archiveHead, archiveIndexHead, authorHead } from './head/listing-head.ts';
import { renderHead } from './head/render-head.ts';
import { safeJson } from './head/safe-json.ts';
import { createRoutes } from './routes.tsx';

/**
 * The prerenderer (src/content/prerender.ts): renders one page with the browser's own route
 * tree and providers, from data the build hands over (never a request). Built by Vite as an
 * SSR bundle and run by the build room after the client build; it does no I/O, it only
 * returns strings.
 */

/** The head of each kind of page; a kind without one fails the type check. */
const HEADS: { readonly [K in PageKind]: (site: SiteConfig, page: PageOf<K>) => HeadTag[] } = {
  post: (site, { post }) => postHead(site, post),
  index: (site, { index }) => indexHead(site, index),
  author: (site, { author }) => authorHead(site, author),
  'archive-index': (site) => archiveIndexHead(site),
  archive: (site, { archive }) => archiveHead(site, archive),
  'not-found': (site) => notFoundHead(site),
};

function headOf<K extends PageKind>(site: SiteConfig, kind: K, page: PageOf<K>): HeadTag[] {
  return HEADS[kind](site, page);
}

export const prerenderPage: Prerender = async (site, page) => {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient, site);
  const handler = createStaticHandler(routes, { basename: site.base });
  let path: string = NOT_FOUND_PAGE.path;
  if (page.kind !== 'not-found') {
    // The page's data where its route's loader looks for it: the loader then fetches nothing.
    const facts = pageFacts(page.kind, page);
    path = facts.path;
    queryClient.setQueryData(facts.queryKey, facts.payload);
  }
  const head = headOf(site, page.kind, page);
  const url = `${site.origin}${site.base}${path.slice(1)}`;
  // The 404 page is the post route failing to find its file, as in the browser.
  const notFound: DataStrategyFunction = async ({ matches }) => {
    const leaf = matches.at(-1);
    return leaf === undefined
      ? {}
      : { [leaf.route.id]: { type: 'error', result: new NotFoundError(url) } };
  };
  const context = await handler.query(
    new Request(url),
    page.kind === 'not-found' ? { dataStrategy: notFound } : {},
  );
  if (context instanceof Response) {
    throw new Error(`Prerendering ${url} answered ${context.status} instead of a page`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const root = renderToString(
    <AppProviders site={site} queryClient={queryClient}>
      {/* hydrate={false}: its default hydration script is inline, which the CSP forbids. */}
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
  queryClient.clear();
  return {
    head: renderHead(head),
    root,
    data: `<script type="application/json" id="${PAGE_DATA_ID}">${safeJson(page)}</script>`,
  };
};
