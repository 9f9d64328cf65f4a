import { queryOptions } from '@tanstack/react-query';
import { normalizePostPath, postDataFile } from '../../content/data-paths.ts';
import { postSchema } from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from './fetch-json.ts';

/** The post at a permalink path. Loaders ensure it, views read it with useSuspenseQuery. */
export function postQuery(site: SiteConfig, path: string) {
  const postPath = normalizePostPath(path);
  return queryOptions({
    queryKey: ['folio', 'post', postPath],
    queryFn: ({ signal }) => fetchJson(site.base + postDataFile(postPath), postSchema, signal),
  });
}
