import { queryOptions } from '@tanstack/react-query';
import {
  ARCHIVE_INDEX_FILE,
  archivePageFile,
  authorPageFile,
  type YearMonth,
} from '../../content/data-paths.ts';
import {
  archiveIndexSchema,
  archivePageSchema,
  authorPageSchema,
} from '../../content/post-schema.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { fetchJson } from './fetch-json.ts';

/** Page `page` of an author's posts (`/author/<slug>/`). */
export function authorQuery(site: SiteConfig, slug: string, page: number) {
  return queryOptions({
    queryKey: ['folio', 'author', slug, page],
    queryFn: ({ signal }) =>
      fetchJson(site.base + authorPageFile(slug, page), authorPageSchema, signal),
  });
}

/** Page `page` of a month's posts (`/archive/2018/01/`). */
export function archiveQuery(site: SiteConfig, when: YearMonth, page: number) {
  return queryOptions({
    queryKey: ['folio', 'archive', when.year, when.month, page],
    queryFn: ({ signal }) =>
      fetchJson(site.base + archivePageFile(when, page), archivePageSchema, signal),
  });
}

/** Every month with posts, newest first (`/archive/`). */
export function archiveIndexQuery(site: SiteConfig) {
  return queryOptions({
    queryKey: ['folio', 'archive-index'],
    queryFn: ({ signal }) => fetchJson(site.base + ARCHIVE_INDEX_FILE, archiveIndexSchema, signal),
  });
}
