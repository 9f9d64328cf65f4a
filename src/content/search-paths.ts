import { DATA_DIR } from './data-paths.ts';

/**
 * Where the search index's manifest lives, relative to the site base. The build writes it,
 * the dev server answers it on demand and the app fetches it, then every shard it names, on
 * first use only (focus of a search box, the search page or the 404 page), never on a plain
 * post view. (Before shards the whole index was `search/index.json`: a new name, so that an
 * app of that time still open in a tab finds no file rather than one it misreads.)
 */
export const SEARCH_INDEX_FILE = `${DATA_DIR}/search/manifest.json`;

/** Where the shards named in the manifest live: names change with content, never bytes. */
export const SEARCH_SHARDS_DIR = `${DATA_DIR}/search/shards/`;

/** A shard named in the manifest, relative to the site base. */
export function searchShardFile(name: string): string {
  return `${SEARCH_SHARDS_DIR}${name}`;
}

/** Site path of the search page; `?q=` carries the query so results can be shared. */
export const SEARCH_PAGE_PATH = '/search/';

/** The query parameter of the search page. */
export const SEARCH_QUERY_PARAM = 'q';
