import type { Page } from '@playwright/test';

/**
 * Resolves once the app has hydrated (or rendered) `#root` and marked `<html data-folio-ready>`
 * (src/app/main.tsx). A prerendered page is visible before the app runs (src/app/boot.ts loads
 * it after the first paint), so a test that hovers, clicks, types or navigates in the app
 * waits for this first.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-folio-ready]').waitFor({ state: 'attached' });
}

/** `page.goto(url)`, then waits until the app runs; returns the navigation's response. */
export async function gotoApp(page: Page, url: string) {
  const response = await page.goto(url);
  await appReady(page);
  return response;
}
