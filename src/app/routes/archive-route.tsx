import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { SiteConfig } from '../../content/site-config.ts';
import { archiveIndexQuery, archiveQuery } from '../data/listing-queries.ts';
import { archiveHead, archiveIndexHead } from '../head/listing-head.ts';
import { useHead } from '../head/use-head.ts';
import { useSite } from '../site-context.tsx';
import { ArchiveIndexView } from '../views/archive-index-view.tsx';
import { ArchiveView } from '../views/archive-view.tsx';
import { archiveAddressOf } from './route-params.ts';

/** `/archive/:year/:month/` and its `page/:page/`; a month without posts is a 404. */
export function createArchiveLoader(queryClient: QueryClient, site: SiteConfig) {
  return async ({ params }: LoaderFunctionArgs) => {
    const address = archiveAddressOf(params);
    if (address === null) throw data('Not Found', { status: 404 });
    await queryClient.ensureQueryData(archiveQuery(site, address.when, address.page));
    return address;
  };
}

export function ArchiveRoute() {
  const { when, page } = useLoaderData<ReturnType<typeof createArchiveLoader>>();
  const site = useSite();
  const { data: archivePage } = useSuspenseQuery(archiveQuery(site, when, page));
  useHead(useMemo(() => archiveHead(site, archivePage), [site, archivePage]));
  return <ArchiveView page={archivePage} />;
}

/** `/archive/`: every month with posts. */
export function createArchiveIndexLoader(queryClient: QueryClient, site: SiteConfig) {
  return async () => {
    await queryClient.ensureQueryData(archiveIndexQuery(site));
    return {};
  };
}

export function ArchiveIndexRoute() {
  const site = useSite();
  const { data: archive } = useSuspenseQuery(archiveIndexQuery(site));
  useHead(useMemo(() => archiveIndexHead(site), [site]));
  return <ArchiveIndexView archive={archive} />;
}
