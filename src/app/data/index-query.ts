import { queryOptions } from '@tanstack/react-query';
import { PAGE_KINDS } from '../../content/page-kinds.ts';
import { indexPageSchema } from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from './fetch-json.ts';

const { index } = PAGE_KINDS;

/** Page `page` (1-based) of the newest-first post list. */
export function indexQuery(site: SiteConfig, page: number) {
  return queryOptions({
    queryKey: index.queryKey({ page }),
    queryFn: ({ signal }) => fetchJson(site.base + index.file({ page }), indexPageSchema, signal),
  });
}
