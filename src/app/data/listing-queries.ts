import { queryOptions } from '@tanstack/react-query';
import type { YearMonth } from '../../content/data-paths.ts';
import { PAGE_KINDS } from '../../content/page-kinds.ts';
import {
  archiveIndexSchema,
  archivePageSchema,
  authorPageSchema,
} from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from './fetch-json.ts';

const { author, archive, 'archive-index': archiveIndex } = PAGE_KINDS;

/** Page `page` of an author's posts (`/author/<slug>/`). */
export function authorQuery(site: SiteConfig, slug: string, page: number) {
  return queryOptions({
    queryKey: author.queryKey({ slug, page }),
    queryFn: ({ signal }) =>
      fetchJson(site.base + author.file({ slug, page }), authorPageSchema, signal),
  });
}

/** Page `page` of a month's posts (`/archive/2018/01/`). */
export function archiveQuery(site: SiteConfig, when: YearMonth, page: number) {
  return queryOptions({
    queryKey: archive.queryKey({ when, page }),
    queryFn: ({ signal }) =>
      fetchJson(site.base + archive.file({ when, page }), archivePageSchema, signal),
  });
}

/** Every month with posts, newest first (`/archive/`). */
export function archiveIndexQuery(site: SiteConfig) {
  return queryOptions({
    queryKey: archiveIndex.queryKey({}),
    queryFn: ({ signal }) =>
      fetchJson(site.base + archiveIndex.file({}), archiveIndexSchema, signal),
  });
}
