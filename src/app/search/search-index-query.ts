import { queryOptions } from '@tanstack/react-query';
import type MiniSearch from 'minisearch';
import type { SiteConfig } from '../../content/site-config.ts';
import { SEARCH_INDEX_FILE } from '../../content/search-paths.ts';
import {
  processSearchTerm,
  SEARCH_FIELDS,
  searchIndexSchema,
  type SearchDocument,
  type SearchPost,
} from '../../content/search-schema.ts';
import { fetchJson } from '../data/fetch-json.ts';

/** The loaded index: the posts results show, and MiniSearch over them (ids are positions). */
export interface LoadedSearchIndex {
  posts: SearchPost[];
  miniSearch: MiniSearch<SearchDocument>;
}

/**
 * The search index, fetched and deserialized once per page lifetime, on first use only (a
 * search box focused, the search page, the 404 page). MiniSearch's code is a separate
 * chunk loaded with it, so a post view pays for neither. After that, search works offline.
 */
export function searchIndexQuery(site: SiteConfig) {
  return queryOptions({
    queryKey: ['folio', 'search-index'],
    queryFn: async ({ signal }): Promise<LoadedSearchIndex> => {
      const [file, { default: MiniSearchClass }] = await Promise.all([
        fetchJson(site.base + SEARCH_INDEX_FILE, searchIndexSchema, signal),
        import('minisearch'),
      ]);
      const miniSearch = MiniSearchClass.loadJS<SearchDocument>(file.index, {
        fields: [...SEARCH_FIELDS],
        processTerm: processSearchTerm,
      });
      return { posts: file.posts, miniSearch };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // A MiniSearch instance is no plain object: keep it as it is.
    structuralSharing: false,
  });
}
