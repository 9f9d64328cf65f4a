import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app-ready.ts';

/** The element that has focus, described for assertions. */
function focused(page: Page) {
  return page.locator(':focus');
}

test('keyboard only: skip link, a post, and focus on the new page’s heading', async ({ page }) => {
  await gotoApp(page, '/');
  await expect(page.getByRole('button', { name: 'Dark' })).toBeVisible();
  // The list is a lazy route: on the dev server (no prerendered page) it renders after the
  // app is ready, and a Tab pressed before it would leave main for the footer.
  const firstPost = page.locator('.folio-post-item-title a').first();
  await expect(firstPost).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The next stop after main is the first post's title link.
  await page.keyboard.press('Tab');
  await expect(firstPost).toBeFocused();
  const title = (await firstPost.textContent()) ?? '';
  expect(title).not.toBe('');
  // A visible focus indicator: the outline the stylesheet draws for :focus-visible.
  expect(await firstPost.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('solid');

  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: title });
  await expect(heading).toBeFocused();
  await expect(page.locator('.folio-route-announcer')).toHaveText(title);
  await expect(page.locator('.folio-route-announcer')).toHaveAttribute('role', 'status');
  // The announcement, outside the landmarks, is no "content outside a region" for axe.
  const axe = await new AxeBuilder({ page })
    .withRules(['region', 'landmark-one-main', 'page-has-heading-one', 'aria-allowed-role'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  // Focus stays out of the tab order: the next Tab goes on from the heading.
  await page.keyboard.press('Tab');
  await expect(focused(page)).not.toHaveCount(0);
  await expect(heading).not.toBeFocused();
});

test('the first load moves no focus and announces nothing', async ({ page }) => {
  await gotoApp(page, '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/');
  await expect(page.getByRole('button', { name: 'Dark' })).toBeVisible();
  await expect(page.locator('body')).toBeFocused();
  await expect(page.locator('.folio-route-announcer')).toHaveText('');
});

test('the theme switch works from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoApp(page, '/');
  const dark = page.getByRole('button', { name: 'Dark' });
  await expect(dark).toBeVisible();
  // Skip link, site title, search box, then the three theme buttons.
  for (let stop = 0; stop < 5; stop += 1) await page.keyboard.press('Tab');
  await expect(dark).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

test('reduced motion: no animation or transition runs', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await gotoApp(page, '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/');
  const anchor = page.locator('.folio-anchor').first();
  const duration = await anchor.evaluate((element) => getComputedStyle(element).transitionDuration);
  expect(Number.parseFloat(duration)).toBeLessThan(0.001);
});
