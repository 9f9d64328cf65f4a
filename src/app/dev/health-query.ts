import { queryOptions } from '@tanstack/react-query';
import { devHealthFile, devHealthSchema } from '../../content/dev-protocol.ts';
import type { PostPath } from '../../content/post-path.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from '../data/fetch-json.ts';

/**
 * The import health report of the post at `path`, from the dev server. Its key starts with
 * 'folio', so it is refetched with the post on every save.
 */
export function healthQuery(site: SiteConfig, path: PostPath) {
  return queryOptions({
    queryKey: ['folio', 'dev', 'health', path],
    queryFn: ({ signal }) =>
      fetchJson(`${site.base}${devHealthFile(path)}`, devHealthSchema, signal),
    retry: false,
  });
}
