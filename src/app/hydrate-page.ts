import { startTransition, type ErrorInfo, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';

/** How every hydration failure Folio reports begins; the end-to-end suite fails on it. */
export const HYDRATION_FAILED = 'Hydration failed';

/**
 * Hydrates the prerendered `#root` with the app. React hydrates in a transition, yielding
 * every few milliseconds (as React Router's own entry does), so no long task blocks the
 * reader (Lighthouse's Total Blocking Time).
 *
 * When the browser's first render differs from the server's HTML, React throws the HTML away
 * and renders afresh, then calls onRecoverableError. Its production build reports that as a
 * bare "Minified React error #418"; the page still works, which is why such bugs go unseen.
 * Folio logs it as a console error that names the component, so that the end-to-end suite
 * (tests/e2e/hydration-watch.ts) fails on any mismatch in the dev server and the build alike.
 */
export function hydratePage(container: Element, app: ReactNode): void {
  startTransition(() => {
    hydrateRoot(container, app, { onRecoverableError: reportHydrationError });
  });
}

function reportHydrationError(error: unknown, info: ErrorInfo): void {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    `${HYDRATION_FAILED}: React replaced the prerendered HTML. ${reason}`,
    info.componentStack ?? '',
  );
}
