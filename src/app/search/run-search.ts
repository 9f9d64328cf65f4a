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

/**
 * Every post matching `query`, best first, from all shards: each shard scores its own posts,
 * and the scores of shards of similar size and vocabulary compare well enough to merge.
 */
export function runSearch(index: LoadedSearchIndex, query: string): SearchHit[] {
  if (query.trim() === '') return [];
  const searchShards = (options: SearchOptions) =>
    index.shards.flatMap((shard) =>
      shard.miniSearch.search(query, options).flatMap((result) => {
        const post = typeof result.id === 'number' ? shard.posts[result.id] : undefined;
        return post === undefined ? [] : [{ post, terms: result.terms, score: result.score }];
      }),
    );
  let results = searchShards({ ...OPTIONS, combineWith: 'AND' });
  if (results.length === 0) results = searchShards(OPTIONS);
  // A stable sort: one shard's order, MiniSearch's own, is kept.
  return results.sort((a, b) => b.score - a.score).map(({ post, terms }) => ({ post, terms }));
}
