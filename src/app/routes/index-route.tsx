import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { data, redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { wordpressIdOf } from '../../content/id-data.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { idQuery } from '../data/id-query.ts';
import { indexQuery } from '../data/index-query.ts';
import { indexHead } from '../head/head-tags.ts';
import { useHead } from '../head/use-head.ts';
import { useSite } from '../site-context.tsx';
import { IndexView } from '../views/index-view.tsx';
import { indexAddressOf } from './route-params.ts';

export function createIndexLoader(queryClient: QueryClient, site: SiteConfig) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    // `/` is page 1; `/page/:page` must be a positive integer written canonically, else 404.
    const address = indexAddressOf(params);
    if (address === null) throw data('Not Found', { status: 404 });
    const { page } = address;
    // `/?p=6088`: WordPress's own link to a post. One tiny file names its path; an unknown
    // ID fails with NotFoundError, which is the 404 page.
    const id = page === 1 ? wordpressIdOf(new URL(request.url).search) : null;
    if (id !== null) {
      const record = await queryClient.ensureQueryData(idQuery(site, id));
      throw redirect(record.path);
    }
    // A page past the last one has no file, so its fetch fails with NotFoundError: a 404.
    await queryClient.ensureQueryData(indexQuery(site, page));
    return { page };
  };
}

export function IndexRoute() {
  const { page } = useLoaderData<ReturnType<typeof createIndexLoader>>();
  const site = useSite();
  const { data: index } = useSuspenseQuery(indexQuery(site, page));
  useHead(useMemo(() => indexHead(site, index), [site, index]));
  return <IndexView index={index} />;
}
