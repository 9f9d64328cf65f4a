import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { SiteConfig } from '../../content/site-config.ts';
import { authorQuery } from '../data/listing-queries.ts';
import { authorHead } from '../head/listing-head.ts';
import { useHead } from '../head/use-head.ts';
import { useSite } from '../site-context.tsx';
import { AuthorView } from '../views/author-view.tsx';
import { authorAddressOf } from './route-params.ts';

/** `/author/:slug/` and `/author/:slug/page/:page/`; an unknown author or page is a 404. */
export function createAuthorLoader(queryClient: QueryClient, site: SiteConfig) {
  return async ({ params }: LoaderFunctionArgs) => {
    const address = authorAddressOf(params);
    if (address === null) throw data('Not Found', { status: 404 });
    // No file for that author or page: its fetch fails with NotFoundError, the 404 page.
    await queryClient.ensureQueryData(authorQuery(site, address.slug, address.page));
    return address;
  };
}

export function AuthorRoute() {
  const { slug, page } = useLoaderData<ReturnType<typeof createAuthorLoader>>();
  const site = useSite();
  const { data: authorPage } = useSuspenseQuery(authorQuery(site, slug, page));
  useHead(useMemo(() => authorHead(site, authorPage), [site, authorPage]));
  return <AuthorView page={authorPage} />;
}
