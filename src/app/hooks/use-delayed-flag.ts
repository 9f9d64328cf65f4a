import { useEffect, useState } from 'react';

/**
 * `flag`, but turned on only once it has stayed on for `delayMs`; off at once. Loading
 * indicators use it so that a navigation answered from the cache (a prefetched post) shows
 * no flash of a bar, and screen readers hear "Loading page…" only when there is a wait.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [flag, delayMs]);
  return flag && shown;
}
