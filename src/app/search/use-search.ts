import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { SearchPost } from '../../content/search-schema.ts';
import { NotFoundError } from '../data/data-errors.ts';
import { useSite } from '../site-context.tsx';
import { fragmentOf, planQuery, rankPosts, type ChunkTerms, type SearchHit } from './run-search.ts';
import {
  searchChunkQuery,
  searchFragmentQuery,
  searchManifestQuery,
} from './search-index-query.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  /** The browser is offline and the query needs pieces not loaded yet: they load once back. */
  | { status: 'offline' }
  /** `hits`: the best `limit` results, with their posts; `total`: how many posts match. */
  | { status: 'done'; hits: SearchHit[]; total: number };

/**
 * Results for a query: the manifest loads when `enabled` (a header search box focused), the
 * term chunks of the query's words as it is typed, and the fragments of the best `limit`
 * results. Typing stays responsive: results follow a deferred copy of the query, and while
 * the next query's pieces load, the last results stay on screen (`query` says whose they are).
 */
export function useSearch(
  query: string,
  options: { enabled: boolean; limit: number },
): { state: SearchState; query: string } {
  const site = useSite();
  const deferred = useDeferredValue(query.trim());
  const manifest = useQuery({ ...searchManifestQuery(site), enabled: options.enabled });
  const plan = useMemo(
    () =>
      manifest.data === undefined || deferred === ''
        ? undefined
        : planQuery(manifest.data, deferred),
    [manifest.data, deferred],
  );
  const chunks = useQueries({
    queries: (plan?.files ?? []).map((file) => searchChunkQuery(site, file)),
    combine: combinePieces,
  });
  const ranked = useMemo(() => {
    if (manifest.data === undefined || plan === undefined || chunks.data === undefined) {
      return undefined;
    }
    const loaded = new Map<string, ChunkTerms>();
    plan.files.forEach((file, i) => {
      const terms = chunks.data?.[i];
      if (terms !== undefined) loaded.set(file, terms);
    });
    return rankPosts(manifest.data, plan, loaded);
  }, [manifest.data, plan, chunks.data]);

  const places = useMemo(() => {
    const loaded = manifest.data;
    if (loaded === undefined || ranked === undefined) return [];
    return ranked
      .slice(0, options.limit)
      .map((hit) => ({ hit, place: fragmentOf(loaded, hit.post) }));
  }, [manifest.data, ranked, options.limit]);
  const fragmentFiles = useMemo(
    () => [...new Set(places.flatMap(({ place }) => place?.file ?? []))],
    [places],
  );
  const fragments = useQueries({
    queries: fragmentFiles.map((file) => searchFragmentQuery(site, file)),
    combine: combinePieces,
  });

  // A file the manifest names is gone: the manifest is from before a deploy (or a save, in
  // the preview). Ask for it again, once per failure.
  const outdated = Math.max(chunks.missingAt, fragments.missingAt) > manifest.dataUpdatedAt;
  const { refetch } = manifest;
  useEffect(() => {
    if (outdated) void refetch();
  }, [outdated, refetch]);

  const current = useMemo((): SearchState => {
    if (deferred === '') return { status: 'idle' };
    const error = manifest.error ?? chunks.error ?? fragments.error;
    if (error !== null && !outdated) return { status: 'error', error };
    if (manifest.fetchStatus === 'paused' || chunks.paused || fragments.paused) {
      return { status: 'offline' };
    }
    if (ranked === undefined || fragments.data === undefined) return { status: 'loading' };
    const byFile = new Map<string, readonly SearchPost[]>();
    fragmentFiles.forEach((file, i) => {
      const posts = fragments.data?.[i];
      if (posts !== undefined) byFile.set(file, posts);
    });
    const hits = places.flatMap(({ hit, place }): SearchHit[] => {
      const post = place === undefined ? undefined : byFile.get(place.file)?.[place.index];
      return post === undefined ? [] : [{ post, terms: hit.terms }];
    });
    return { status: 'done', hits, total: ranked.length };
  }, [
    deferred,
    manifest.error,
    manifest.fetchStatus,
    chunks.error,
    chunks.paused,
    fragments.paused,
    fragments.error,
    fragments.data,
    outdated,
    ranked,
    fragmentFiles,
    places,
  ]);

  // The last results, kept on screen while the next query's pieces load.
  const [shown, setShown] = useState<{ state: SearchState; query: string }>({
    state: { status: 'idle' },
    query: '',
  });
  if (current.status !== 'loading' && shown.state !== current) {
    setShown({ state: current, query: deferred });
  }
  if (current.status === 'loading' && shown.state.status === 'done') return shown;
  return { state: current, query: deferred };
}

/**
 * Many queries seen as one (useQueries' `combine`, a stable function so that its result is
 * too): every piece's data once all have loaded, the first error, whether any waits for the
 * browser to be online again (react-query pauses it), and when a piece was last found missing
 * (0 if never).
 */
function combinePieces<T>(results: UseQueryResult<T>[]): {
  data: T[] | undefined;
  error: Error | null;
  paused: boolean;
  missingAt: number;
} {
  const data: T[] = [];
  let error: Error | null = null;
  let paused = false;
  let missingAt = 0;
  for (const result of results) {
    if (result.data !== undefined) data.push(result.data);
    error ??= result.error;
    paused ||= result.fetchStatus === 'paused';
    if (result.error instanceof NotFoundError) {
      missingAt = Math.max(missingAt, result.errorUpdatedAt);
    }
  }
  return { data: data.length === results.length ? data : undefined, error, paused, missingAt };
}
