import { DATA_DIR } from './data-paths.ts';

/**
 * Where the search index's manifest lives, relative to the site base. The build writes it,
 * the dev server answers it on demand and the app fetches it on first use only (focus of a
 * search box, the search page or the 404 page), never on a plain post view; then only the
 * term chunks and fragments a query needs (search-schema.ts). (Before the index was split by
 * term, it was `search/index.json`, then `search/manifest.json`: each format has a new name,
 * so that an app of an older build still open in a tab finds no file rather than misreading
 * one.)
 */
export const SEARCH_INDEX_FILE = `${DATA_DIR}/search/index-v3.json`;

/** The folder of every file of the search index. */
export const SEARCH_DIR = `${DATA_DIR}/search/`;

/** Term chunks named in the manifest: names change with content, never bytes. */
export const SEARCH_CHUNKS_DIR = `${SEARCH_DIR}terms/`;

/** Fragments of result posts, named by their part: names change with content too. */
export const SEARCH_FRAGMENTS_DIR = `${SEARCH_DIR}posts/`;

/** A term chunk named in the manifest, relative to the site base. */
export function searchChunkFile(name: string): string {
  return `${SEARCH_CHUNKS_DIR}${name}`;
}

/** Fragment number `fragment` of part `part` (search-schema.ts), relative to the site base. */
export function searchFragmentFile(part: string, fragment: number): string {
  return `${SEARCH_FRAGMENTS_DIR}${part}-${fragment}.json`;
}

/** Site path of the search page; `?q=` carries the query so results can be shared. */
export const SEARCH_PAGE_PATH = '/search/';

/** The query parameter of the search page. */
export const SEARCH_QUERY_PARAM = 'q';
