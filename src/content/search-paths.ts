import { DATA_DIR } from './data-paths.ts';

/**
 * Where the search index lives, relative to the site base. The build writes it, the dev
 * server answers it on demand and the app fetches it on first use only (focus of a search
 * box, the search page or the 404 page), never on a plain post view.
 */
export const SEARCH_INDEX_FILE = `${DATA_DIR}/search/index.json`;

/** Site path of the search page; `?q=` carries the query so results can be shared. */
export const SEARCH_PAGE_PATH = '/search/';

/** The query parameter of the search page. */
export const SEARCH_QUERY_PARAM = 'q';
