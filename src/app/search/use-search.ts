import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useSite } from '../site-context.tsx';
import { runSearch, type SearchHit } from './run-search.ts';
import { searchIndexQuery } from './search-index-query.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'done'; hits: SearchHit[] };

/**
 * Results for a query, from the index loaded on first use: `enabled: false` leaves it unloaded
 * (a header search box nobody focused yet). Typing stays responsive: results follow a
 * deferred copy of the query.
 */
export function useSearch(query: string, options: { enabled: boolean }) {
  const site = useSite();
  const deferred = useDeferredValue(query.trim());
  const index = useQuery({ ...searchIndexQuery(site), enabled: options.enabled });
  const state = useMemo((): SearchState => {
    if (deferred === '') return { status: 'idle' };
    if (index.data !== undefined) return { status: 'done', hits: runSearch(index.data, deferred) };
    if (index.error !== null) return { status: 'error', error: index.error };
    return { status: 'loading' };
  }, [deferred, index.data, index.error]);
  return { state, query: deferred };
}
