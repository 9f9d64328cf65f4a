import { queryOptions } from '@tanstack/react-query';
import { indexPageFile } from '../../content/data-paths.ts';
import { indexPageSchema } from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from './fetch-json.ts';

/** Page `page` (1-based) of the newest-first post list. */
export function indexQuery(site: SiteConfig, page: number) {
  return queryOptions({
    queryKey: ['folio', 'index', page],
    queryFn: ({ signal }) => fetchJson(site.base + indexPageFile(page), indexPageSchema, signal),
  });
}
