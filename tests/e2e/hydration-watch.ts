import type { Page } from '@playwright/test';

/**
 * React's own reports of a hydration that did not adopt the server's HTML: the app's
 * onRecoverableError logs every mismatch as "Hydration failed: …" (src/app/hydrate-page.ts),
 * in the dev server and the production build alike, and React's development build logs
 * mismatched attributes and invalid nesting ("… will cause a hydration error") itself.
 */
export function isHydrationReport(text: string): boolean {
  return /hydrat|did not match|didn't match|mismatch/i.test(text);
}

const reports = new WeakMap<Page, string[]>();

/**
 * Collects the page's hydration reports (console errors and warnings, uncaught errors) from
 * now on; read them with `hydrationErrors`. React states each mismatch, so no DOM is watched:
 * on a mismatch React renders afresh and says so, and what its production build leaves
 * unsaid (an attribute that differs) it also leaves unchanged in the page.
 */
export function watchHydration(page: Page): void {
  const found: string[] = [];
  reports.set(page, found);
  page.on('console', (message) => {
    const type = message.type();
    if ((type === 'error' || type === 'warning') && isHydrationReport(message.text())) {
      found.push(message.text());
    }
  });
  page.on('pageerror', (error) => {
    if (isHydrationReport(error.message)) found.push(error.message);
  });
}

/**
 * The hydration reports since `watchHydration` (or the last call), once the app has marked
 * itself ready (src/app/main.tsx): React reports a mismatch before the effects that set the
 * mark run. Empty when every page hydrated as prerendered.
 */
export async function hydrationErrors(page: Page): Promise<string[]> {
  await page.locator('html[data-folio-ready]').waitFor({ state: 'attached' });
  const found = reports.get(page);
  if (found === undefined) throw new Error('Call watchHydration(page) before the page loads.');
  return found.splice(0);
}
