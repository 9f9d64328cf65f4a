import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app-ready.ts';
import { hydrationErrors, watchHydration } from './hydration-watch.ts';

const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const FIRST_ID = 'containerlinuxbecomestheenterpriselinuxcontainerdistribution';
const THIRD_ID = 'redhatfortifiestheircontainerruntimestrategy';
const THIRD_TITLE = 'Red Hat Fortifies their Container Runtime Strategy';

/** Every console message and uncaught error of the page, to look for hydration errors. */
function collectMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  page.on('pageerror', (error) => messages.push(error.message));
  return messages;
}

/** Whether the element's box overlaps the viewport. */
function inViewport(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.getElementById(target);
    if (element === null) return false;
    const { top, bottom } = element.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  }, id);
}

test('the table of contents follows the section being read', async ({ page }) => {
  await gotoApp(page, SEED_PATH);
  // Wide screen (1280px): the sticky column is shown, the narrow disclosure is not.
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents).toHaveCount(1);
  await expect(contents.getByRole('link')).toHaveCount(3);
  const progress = contents.getByRole('progressbar', { name: 'Reading progress' });
  await expect(progress).toHaveAttribute('value', '0');

  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), THIRD_ID);
  await expect(contents.getByRole('link', { name: THIRD_TITLE })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await expect(contents.locator('[aria-current]')).toHaveCount(1);
  await expect(progress).not.toHaveAttribute('value', '0');
  // The column stays in view while the article scrolls under it.
  await expect(contents).toBeInViewport();
});

test('on a narrow screen the contents are a disclosure above the article', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await gotoApp(page, SEED_PATH);
  const summary = page.locator('summary', { hasText: 'Contents' });
  await expect(summary).toBeVisible();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents).toHaveCount(0); // collapsed
  await summary.click();
  await expect(contents).toBeVisible();
  await contents.getByRole('link', { name: THIRD_TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`#${THIRD_ID}$`));
  await expect(contents).toHaveCount(0); // closed again, so it covers nothing
  await expect.poll(() => inViewport(page, THIRD_ID)).toBe(true);
});

test('a section anchor copies its URL and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await gotoApp(page, SEED_PATH);
  const anchor = page.getByRole('link', { name: /^Link to section “Enterprise Kubernetes/ });
  await anchor.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/#enterprisekubernetesdistributionsbecomereal$/);
  expect(copied.startsWith(`${baseURL ?? ''}${SEED_PATH}`)).toBe(true);
  await expect(page.getByRole('article').getByRole('status')).toHaveText('Link copied');
  // The link still navigated.
  await expect(page).toHaveURL(/#enterprisekubernetesdistributionsbecomereal$/);
});

test('an anchor is shown on keyboard focus', async ({ page }) => {
  await gotoApp(page, SEED_PATH);
  const anchor = page.getByRole('link', { name: /^Link to section “Enterprise Kubernetes/ });
  await expect(anchor).toHaveCSS('opacity', '0');
  await anchor.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(anchor).toBeFocused();
  await expect(anchor).toHaveCSS('opacity', '1');
});

test('an old GitHub-style anchor lands on the kramdown-id heading', async ({ page }) => {
  await page.goto(
    `${SEED_PATH}#container-linux-becomes-the-enterprise-linux-container-distribution`,
  );
  const heading = page.locator(`[id="${FIRST_ID}"]`);
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Landed at the heading, not at the top of the page.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('the prerendered post hydrates without mismatches', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'preview', 'only the production build is prerendered');
  const messages = collectMessages(page);
  watchHydration(page);
  await gotoApp(page, SEED_PATH);
  expect(await hydrationErrors(page)).toEqual([]);
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  // Hydration is done once an effect has run: the reading progress is measured in one.
  await page.evaluate(() =>
    document.getElementById('redhatfortifiestheircontainerruntimestrategy')?.scrollIntoView(),
  );
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.locator('[aria-current="location"]')).toHaveCount(1);
  // React (dev) reports mismatches in words, production React as minified errors 418-425.
  expect(
    messages.filter((text) => /hydrat|react\.dev\/errors\/4(18|19|23|25)/i.test(text)),
  ).toEqual([]);
});
