import type { Page } from '@playwright/test';

/**
 * Resolves once the app has hydrated (or rendered) `#root`: React has claimed the page's first
 * element (its fiber key is on it). A prerendered page is visible before the app runs
 * (src/app/boot.ts loads it after the first paint) and hydration runs in a transition, so a
 * test that hovers, clicks, types or navigates in the app waits for this first.
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Object.keys(document.querySelector('#root > *') ?? {}).some((key) =>
      key.startsWith('__reactFiber'),
    ),
  );
}

/** `page.goto(url)`, then waits until the app runs; returns the navigation's response. */
export async function gotoApp(page: Page, url: string) {
  const response = await page.goto(url);
  await appReady(page);
  return response;
}
