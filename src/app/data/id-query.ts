import { queryOptions } from '@tanstack/react-query';
import { idDataFile, idRecordSchema } from '../../content/id-data.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from './fetch-json.ts';

/** The path of the post with WordPress ID `id`, for `/?p=ID` links. */
export function idQuery(site: SiteConfig, id: number) {
  return queryOptions({
    queryKey: ['folio', 'id', id],
    queryFn: ({ signal }) => fetchJson(site.base + idDataFile(id), idRecordSchema, signal),
    staleTime: Infinity,
  });
}
