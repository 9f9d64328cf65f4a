import { queryOptions } from '@tanstack/react-query';
import { indexPageFile } from '../../content/data-paths';
import { indexPageSchema } from '../../content/post-schema';
import type { SiteConfig } from '../../content/site-config';
import { fetchJson } from './fetch-json';

/** Page `page` (1-based) of the newest-first post list. */
export function indexQuery(site: SiteConfig, page: number) {
  return queryOptions({
    queryKey: ['folio', 'index', page],
    queryFn: ({ signal }) => fetchJson(site.base + indexPageFile(page), indexPageSchema, signal),
  });
}
