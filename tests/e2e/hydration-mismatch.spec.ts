import { expect, test } from '@playwright/test';
import { hydrationErrors, watchHydration } from './hydration-watch.ts';

const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_TITLE = 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native';

/**
 * The rule the other specs rely on (`hydrationErrors` is empty), shown able to fail: a page
 * whose prerendered heading differs from what the app renders from the same page data must
 * be reported by the production build, whose React says nothing legible by itself.
 */
test('a prerendered page that does not match the app is reported', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'preview', 'only the production build is prerendered');
  await page.route(`**${SEED_PATH}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const altered = html.replace(`>${SEED_TITLE}</h1>`, '>Not the title the data holds</h1>');
    expect(altered).not.toBe(html);
    await route.fulfill({ response, body: altered });
  });
  watchHydration(page);
  await page.goto(SEED_PATH);
  const errors = await hydrationErrors(page);
  expect(errors).toEqual([expect.stringMatching(/^Hydration failed: /)]);
  // React rendered afresh: the heading is the app's again.
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
});
