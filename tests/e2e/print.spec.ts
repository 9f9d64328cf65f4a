import { expect, test, type Locator } from '@playwright/test';
import { gotoApp } from './app-ready.ts';

const POST_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
// vite.config.ts: the public origin the printed addresses start with.
const ORIGIN = 'https://folio.example.com';

function afterContent(locator: Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element, '::after').content);
}

test('a printed post: no chrome, its address on top, link addresses after the links', async ({
  page,
  context,
}) => {
  // Printed from the dark theme, it still comes out black on white.
  await context.addInitScript(() => localStorage.setItem('folio-theme', 'dark'));
  await gotoApp(page, POST_PATH);
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
  await expect(page.locator('.folio-anchor').first()).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.folio-byline').first()).toBeVisible();

  // The page's own address under the title, author and date.
  expect(await afterContent(page.locator('.folio-article-header'))).toBe(
    `"Permalink: ${ORIGIN}${POST_PATH}"`,
  );

  // Byline links (author, month) print as names only.
  expect(await afterContent(page.locator('.folio-byline a').first())).toBe('none');

  // External links: their address, as written.
  const external = page.locator('.folio-prose a[href^="http"]').first();
  const href = await external.getAttribute('href');
  expect(href).not.toBeNull();
  expect(await afterContent(external)).toBe(`" (${String(href)})"`);

  // Back on screen, nothing of that shows.
  await page.emulateMedia({ media: 'screen' });
  expect(await afterContent(page.locator('.folio-article-header'))).toBe('none');
  await expect(page.getByRole('banner')).toBeVisible();
});

test('a printed index: site links get the site’s public address', async ({ page }) => {
  await gotoApp(page, '/');
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('.folio-post-item-title a').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\//);
  expect(await afterContent(link)).toBe(`" (${ORIGIN}${String(href)})"`);
});
