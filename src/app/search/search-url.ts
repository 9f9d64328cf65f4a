import { SEARCH_PAGE_PATH, SEARCH_QUERY_PARAM } from '../../content/search-paths.ts';

/** The search page for a query (router path, relative to the base): `/search/?q=falco+rules`. */
export function searchPageUrl(query: string): string {
  const trimmed = query.trim();
  if (trimmed === '') return SEARCH_PAGE_PATH;
  return `${SEARCH_PAGE_PATH}?${new URLSearchParams({ [SEARCH_QUERY_PARAM]: trimmed }).toString()}`;
}
