import { queryOptions } from '@tanstack/react-query';
import type MiniSearch from 'minisearch';
import type { SiteConfig } from '../../content/site-config.ts';
import { SEARCH_INDEX_FILE, searchShardFile } from '../../content/search-paths.ts';
import {
  processSearchTerm,
  SEARCH_FIELDS,
  searchManifestSchema,
  searchShardSchema,
  type SearchDocument,
  type SearchPost,
} from '../../content/search-schema.ts';
import { NotFoundError } from '../data/data-errors.ts';
import { fetchJson } from '../data/fetch-json.ts';

/** One loaded shard: the posts results show, and MiniSearch over them (ids are positions). */
export interface LoadedSearchShard {
  posts: SearchPost[];
  miniSearch: MiniSearch<SearchDocument>;
}

/** The loaded index: every shard, and every post of the blog (the 404 page's suggestions). */
export interface LoadedSearchIndex {
  shards: LoadedSearchShard[];
  posts: SearchPost[];
}

/**
 * The search index, fetched and deserialized once per page lifetime, on first use only (a
 * search box focused, the search page, the 404 page): the manifest, then all its shards at
 * once. MiniSearch's code is a separate chunk loaded meanwhile, so a post view pays for
 * neither. After that, search works offline.
 */
export function searchIndexQuery(site: SiteConfig) {
  return queryOptions({
    queryKey: ['folio', 'search-index'],
    queryFn: async ({ signal }): Promise<LoadedSearchIndex> => {
      const loadingMiniSearch = import('minisearch');
      const loadShards = async (fresh: boolean) => {
        const manifestUrl = site.base + SEARCH_INDEX_FILE;
        const manifest = await fetchJson(manifestUrl, searchManifestSchema, signal, { fresh });
        return Promise.all(
          manifest.shards.map((name) =>
            fetchJson(site.base + searchShardFile(name), searchShardSchema, signal),
          ),
        );
      };
      // A manifest from before the last deploy (cached, or read just before it) names shards
      // that are gone: ask once more for the manifest, past any cache.
      const loadingShards = loadShards(false).catch((error: unknown) => {
        if (error instanceof NotFoundError) return loadShards(true);
        throw error;
      });
      const [files, { default: MiniSearchClass }] = await Promise.all([
        loadingShards,
        loadingMiniSearch,
      ]);
      const shards = files.map((file) => ({
        posts: file.posts,
        miniSearch: MiniSearchClass.loadJS<SearchDocument>(file.index, {
          fields: [...SEARCH_FIELDS],
          processTerm: processSearchTerm,
        }),
      }));
      return { shards, posts: shards.flatMap((shard) => shard.posts) };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // A MiniSearch instance is no plain object: keep it as it is.
    structuralSharing: false,
  });
}
