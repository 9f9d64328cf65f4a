import { useNavigation } from 'react-router';
import { useDelayedFlag } from '../hooks/use-delayed-flag.ts';
import { useMessages } from '../i18n/use-messages.ts';

/** How long a navigation may take before the bar shows: prefetched pages never show it. */
export const PROGRESS_DELAY_MS = 150;

/**
 * A slim bar at the top while the next page's data loads. The status region is always in the
 * DOM so screen readers announce the text when it appears; the bar itself is decoration.
 */
export function NavigationProgress() {
  const loading = useDelayedFlag(useNavigation().state === 'loading', PROGRESS_DELAY_MS);
  const messages = useMessages();
  return (
    <div className="folio-progress" role="status">
      {loading && (
        <>
          <span className="folio-progress-bar" aria-hidden="true" />
          <span className="folio-visually-hidden">{messages.loadingPage}</span>
        </>
      )}
    </div>
  );
}
