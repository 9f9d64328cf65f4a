import { QueryClient } from '@tanstack/react-query';
import { NetworkError } from './data-errors.ts';

const MAX_RETRIES = 2;

/** Only network failures are worth another try: a 404 or invalid data will not change. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof NetworkError && failureCount < MAX_RETRIES;
}

/** Exponential backoff: 1 s, 2 s, … capped at 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}

/**
 * A fresh client per app (and per test, with `retry: false`); never a module singleton,
 * so prerendering and tests never share a cache.
 */
export function createQueryClient(options: { retry?: false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: options.retry ?? shouldRetry,
        retryDelay,
        // Data files change only on deploy, or in dev through the explicit invalidation
        // on `folio:data-changed`, so there is little point refetching them on focus.
        staleTime: 5 * 60 * 1000,
      },
    },
  });
}
