import { queryOptions } from '@tanstack/react-query';
import { DEV_PROBLEMS_FILE, devProblemsSchema } from '../../content/dev-protocol.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from '../data/fetch-json.ts';

/**
 * The dev server's list of broken posts. Its key starts with 'folio', so the live-update
 * listener refetches it on every save along with the post on screen.
 */
export function problemsQuery(site: SiteConfig) {
  return queryOptions({
    queryKey: ['folio', 'dev', 'problems'],
    queryFn: ({ signal }) =>
      fetchJson(`${site.base}${DEV_PROBLEMS_FILE}`, devProblemsSchema, signal),
  });
}
