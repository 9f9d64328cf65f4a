import { expect, test } from '@playwright/test';

const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_JSON =
  '**/folio-data/v1/posts/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native.json';

test('a network failure shows an error view whose retry recovers', async ({ page }) => {
  let failing = true;
  await page.route(SEED_JSON, (route) => (failing ? route.abort('failed') : route.fallback()));
  await page.goto(SEED_PATH);
  const retry = page.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible({ timeout: 15_000 });
  failing = false;
  await retry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native',
  );
});

test('malformed post JSON shows an error view, never a blank page', async ({ page }) => {
  await page.route(SEED_JSON, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":' }),
  );
  await page.goto(SEED_PATH);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 15_000 });
});

test('post JSON of another schema version shows an error view', async ({ page }) => {
  await page.route(SEED_JSON, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":99}' }),
  );
  await page.goto(SEED_PATH);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 15_000 });
});
