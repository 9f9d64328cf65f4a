import type { SearchOptions } from 'minisearch';
import type { SearchPost } from '../../content/search-schema.ts';
import type { LoadedSearchIndex } from './search-index-query.ts';

export interface SearchHit {
  post: SearchPost;
  /** Terms of the post that matched (after prefix and fuzzy expansion), for highlighting. */
  terms: string[];
}

/**
 * Search as you type: the last word is a prefix (it is still being typed), words of five
 * letters or more forgive a typo, and a title match counts three times a body match.
 * Every word must match; when that finds nothing, any word may.
 */
const OPTIONS: SearchOptions = {
  boost: { title: 3, author: 2 },
  prefix: (term, index, terms) => index === terms.length - 1 || term.length > 3,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
};

/** Every post matching `query`, best first. */
export function runSearch(index: LoadedSearchIndex, query: string): SearchHit[] {
  if (query.trim() === '') return [];
  let results = index.miniSearch.search(query, { ...OPTIONS, combineWith: 'AND' });
  if (results.length === 0) results = index.miniSearch.search(query, OPTIONS);
  return results.flatMap((result) => {
    const post = typeof result.id === 'number' ? index.posts[result.id] : undefined;
    return post === undefined ? [] : [{ post, terms: result.terms }];
  });
}
