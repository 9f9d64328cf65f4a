import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type DataStrategyFunction,
} from 'react-router';
import {
  ARCHIVE_INDEX_PATH,
  archivePagePath,
  authorPagePath,
  indexPagePath,
} from '../content/data-paths.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { AppProviders } from './app-providers.tsx';
import { createQueryClient } from './data/create-query-client.ts';
import { NotFoundError } from './data/data-errors.ts';
import { indexQuery } from './data/index-query.ts';
import { archiveIndexQuery, archiveQuery, authorQuery } from './data/listing-queries.ts';
import { PAGE_DATA_ID, type PageData } from './data/page-data.ts';
import { postQuery } from './data/post-query.ts';
import { indexHead, notFoundHead, postHead, type HeadTag } from './head/head-tags.ts';
import { archiveHead, archiveIndexHead, authorHead } from './head/listing-head.ts';
import { renderHead } from './head/render-head.ts';
import { safeJson } from './head/safe-json.ts';
import { createRoutes } from './routes.tsx';

/**
 * The prerenderer: renders one page with the browser's own route tree and providers, from
 * data the build hands over (never a request). Built by Vite as an SSR bundle and run by
 * Folio's Vite plugin after the client build; it does no I/O, it only returns strings.
 */
export interface PrerenderedPage {
  /** Tags for `<head>`: title, description, canonical, Open Graph, JSON-LD, feeds. */
  head: string;
  /** The markup inside `<div id="root">`. */
  root: string;
  /** The non-executing page data script the browser hydrates from. */
  data: string;
}

export async function prerenderPage(site: SiteConfig, page: PageData): Promise<PrerenderedPage> {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient, site);
  const handler = createStaticHandler(routes, { basename: site.base });
  let path: string;
  let head: HeadTag[];
  if (page.kind === 'post') {
    path = page.post.path;
    queryClient.setQueryData(postQuery(site, path).queryKey, page.post);
    head = postHead(site, page.post);
  } else if (page.kind === 'index') {
    path = indexPagePath(page.index.page);
    queryClient.setQueryData(indexQuery(site, page.index.page).queryKey, page.index);
    head = indexHead(site, page.index);
  } else if (page.kind === 'author') {
    const { slug, page: number } = page.author;
    path = authorPagePath(slug, number);
    queryClient.setQueryData(authorQuery(site, slug, number).queryKey, page.author);
    head = authorHead(site, page.author);
  } else if (page.kind === 'archive') {
    const { year, month, page: number } = page.archive;
    path = archivePagePath({ year, month }, number);
    queryClient.setQueryData(archiveQuery(site, { year, month }, number).queryKey, page.archive);
    head = archiveHead(site, page.archive);
  } else if (page.kind === 'archive-index') {
    path = ARCHIVE_INDEX_PATH;
    queryClient.setQueryData(archiveIndexQuery(site).queryKey, page.archiveIndex);
    head = archiveIndexHead(site);
  } else {
    path = '/404.html';
    head = notFoundHead(site);
  }
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
}
