import { queryOptions } from '@tanstack/react-query';
import type { SiteConfig } from '../../content/site-config.ts';
import { SEARCH_INDEX_FILE, searchChunkFile } from '../../content/search-paths.ts';
import {
  searchChunkSchema,
  searchFragmentSchema,
  searchManifestSchema,
} from '../../content/search-schema.ts';
import { fetchJson } from '../data/fetch-json.ts';

/*
 * The search index is fetched piece by piece, on first use only (a search box focused, the
 * search page, the 404 page), never with a post: the manifest first, then the term chunks a
 * query's words need, then the fragments of the results on screen (search-schema.ts). Each
 * piece is kept for the page's lifetime: a word typed again, or a result seen before, costs
 * nothing, and offline.
 */

/**
 * The manifest, asked of the server each time the app loads it (it names this deploy's files).
 * Never aborted (no signal): every search needs it, and the search code that asks for it
 * mounts when first used, which StrictMode does twice in development; an aborted first
 * request would be sent again.
 */
export function searchManifestQuery(site: SiteConfig) {
  return queryOptions({
    queryKey: ['folio', 'search', 'manifest'],
    queryFn: () =>
      fetchJson(site.base + SEARCH_INDEX_FILE, searchManifestSchema, undefined, { fresh: true }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** One term chunk, by its file name in the manifest. */
export function searchChunkQuery(site: SiteConfig, file: string) {
  return queryOptions({
    queryKey: ['folio', 'search', 'chunk', file],
    queryFn: async ({ signal }) =>
      (await fetchJson(site.base + searchChunkFile(file), searchChunkSchema, signal)).terms,
    staleTime: Infinity,
    gcTime: Infinity,
    // Thousands of numbers, never edited: comparing them with the last copy is wasted work.
    structuralSharing: false,
  });
}

/** One fragment of result posts, by its path relative to the base (run-search.ts's fragmentOf). */
export function searchFragmentQuery(site: SiteConfig, file: string) {
  return queryOptions({
    queryKey: ['folio', 'search', 'fragment', file],
    queryFn: async ({ signal }) =>
      (await fetchJson(site.base + file, searchFragmentSchema, signal)).posts,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
