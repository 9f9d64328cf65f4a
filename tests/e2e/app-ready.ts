import type { Page } from '@playwright/test';

/**
 * Resolves once the app has hydrated (or rendered) `#root`: React marks its container. A
 * prerendered page is visible before the app runs (src/app/boot.ts loads it after the first
 * paint), so a test that clicks, types or navigates in the app waits for this first.
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__react')),
  );
}

/** `page.goto(url)`, then waits until the app runs; returns the navigation's response. */
export async function gotoApp(page: Page, url: string) {
  const response = await page.goto(url);
  await appReady(page);
  return response;
}
