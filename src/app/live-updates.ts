import type { QueryClient } from '@tanstack/react-query';
import { DATA_CHANGED_EVENT } from '../content/dev-protocol.ts';

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
