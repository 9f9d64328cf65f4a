import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { SiteConfig } from '../../content/site-config.ts';
import { indexQuery } from '../data/index-query.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSite } from '../site-context.tsx';
import { IndexView } from '../views/index-view.tsx';

/** `/` is page 1; `/page/:page` must be a positive integer written canonically, else 404. */
function pageNumberOf(param: string | undefined): number | null {
  if (param === undefined) return 1;
  return /^[1-9][0-9]{0,8}$/.test(param) ? Number(param) : null;
}

export function createIndexLoader(queryClient: QueryClient, site: SiteConfig) {
  return async ({ params }: LoaderFunctionArgs) => {
    const page = pageNumberOf(params.page);
    if (page === null) throw data('Not Found', { status: 404 });
    // A page past the last one has no file, so its fetch fails with NotFoundError: a 404.
    await queryClient.ensureQueryData(indexQuery(site, page));
    return { page };
  };
}

export function IndexRoute() {
  const { page } = useLoaderData<ReturnType<typeof createIndexLoader>>();
  const site = useSite();
  const { data: index } = useSuspenseQuery(indexQuery(site, page));
  useDocumentTitle(page > 1 ? `Page ${String(page)}` : null);
  return <IndexView index={index} />;
}
