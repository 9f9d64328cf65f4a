import type { QueryClient } from '@tanstack/react-query';

/** The custom HMR event Folio's Vite plugin sends when a post is saved, added or deleted. */
export const DATA_CHANGED_EVENT = 'folio:data-changed';

/** The part of `import.meta.hot` this needs; tests pass a fake. */
interface HotEvents {
  on(event: typeof DATA_CHANGED_EVENT, listener: () => void): void;
}

interface Revalidatable {
  revalidate(): Promise<void>;
}

/**
 * In dev, refreshes the open page in place when posts change: invalidating refetches the
 * queries on screen, and revalidating re-runs the loaders (new pages, deleted posts).
 * No full reload, so scroll position and focus survive an edit. A no-op in production.
 */
export function listenForDataChanges(
  queryClient: QueryClient,
  router: Revalidatable,
  hot: HotEvents | undefined = import.meta.hot,
): void {
  hot?.on(DATA_CHANGED_EVENT, () => {
    void queryClient.invalidateQueries({ queryKey: ['folio'] });
    void router.revalidate();
  });
}
