import { queryOptions } from '@tanstack/react-query';
import { PAGE_KINDS } from '../../content/page-kinds.ts';
import type { PostPath } from '../../content/post-path.ts';
import { postSchema } from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from './fetch-json.ts';

const { post } = PAGE_KINDS;

/**
 * The post at a permalink path. Loaders ensure it, views read it with useSuspenseQuery. The
 * path is normalized where it came in (the router location, or a path read from JSON), so the
 * key and the file are the same for every caller.
 */
export function postQuery(site: SiteConfig, path: PostPath) {
  return queryOptions({
    queryKey: post.queryKey({ path }),
    queryFn: ({ signal }) => fetchJson(site.base + post.file({ path }), postSchema, signal),
  });
}
