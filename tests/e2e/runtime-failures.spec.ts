import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app-ready.ts';

/**
 * What a reader sees when loading data goes wrong, by intercepting the data requests in
 * Chromium: an unknown permalink is a 404 view; a network failure is retried with backoff,
 * then shown with a retry button that recovers; malformed or wrong-version JSON is a clear
 * error view, never a blank page. Runs against the dev server and the production preview.
 */
const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_TITLE = 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native';
const SEED_JSON =
  '**/folio-data/v1/posts/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native.json';
const INDEX_JSON = '**/folio-data/v1/index/1.json';

/**
 * Opens `path` through the router, as a click on an in-app link would. The preview serves
 * prerendered pages whose data is in the HTML, so a first load may fetch no JSON at all;
 * a client-side navigation always does.
 */
async function navigateInApp(page: Page, path: string, from = '/no-such-page/') {
  await gotoApp(page, from);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate((target) => {
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The error view: a heading, the message, and the retry button. */
async function expectErrorView(page: Page, message: RegExp) {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Could not load this page' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(alert).toContainText(message);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled();
}

test('an unknown permalink shows the 404 view with a way home', async ({ page }) => {
  await gotoApp(page, '/blog/no-such-post/');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('/blog/no-such-post/')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('an unknown deep or odd path is a 404, not an error', async ({ page }) => {
  for (const path of ['/a/b/c/d/', '/blog/%E2%80%A6/', '/..%2f..%2fetc/passwd']) {
    await gotoApp(page, path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('an HTML answer to a data request (SPA fallback of a static host) is a 404', async ({
  page,
}) => {
  await page.route(SEED_JSON, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>app</p>' }),
  );
  await navigateInApp(page, SEED_PATH);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a network failure is retried with growing delays, then shown with a retry button that recovers', async ({
  page,
}) => {
  const attempts: number[] = [];
  let failing = true;
  await page.route(SEED_JSON, (route) => {
    if (!failing) return route.fallback();
    attempts.push(Date.now());
    return route.abort('internetdisconnected');
  });
  await navigateInApp(page, SEED_PATH);
  await expectErrorView(page, /Check your connection/);
  // One request and two retries, the second wait longer than the first (1 s, then 2 s).
  expect(attempts).toHaveLength(3);
  const [first = 0, second = 0, third = 0] = attempts;
  expect(second - first).toBeGreaterThanOrEqual(900);
  expect(third - second).toBeGreaterThan(second - first);

  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a server error (HTTP 500) is retried, then shown as an error view', async ({ page }) => {
  let requests = 0;
  await page.route(SEED_JSON, (route) => {
    requests++;
    return route.fulfill({ status: 500, body: 'oops' });
  });
  await navigateInApp(page, SEED_PATH);
  await expectErrorView(page, /answered 500/);
  expect(requests).toBe(3);
});

test('a failing index page shows the error view and recovers on retry', async ({ page }) => {
  let failing = true;
  await page.route(INDEX_JSON, (route) => (failing ? route.abort('failed') : route.fallback()));
  await navigateInApp(page, '/');
  await expectErrorView(page, /Could not load/);
  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('link', { name: /.+/ }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

for (const [name, body, message] of [
  ['truncated JSON', '{"schemaVersion":', /invalid: it is not JSON/],
  ['an empty body', '', /invalid: it is not JSON/],
  ['JSON of the wrong shape', '{"schemaVersion":1,"title":42}', /invalid/],
  ['JSON that is not an object', '"just a string"', /invalid/],
  ['another schema version', '{"schemaVersion":99}', /schema version 99 .*rebuild the site/],
] as const) {
  test(`post data with ${name} shows a clear error view, never a blank page`, async ({ page }) => {
    let requests = 0;
    await page.route(SEED_JSON, (route) => {
      requests++;
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await navigateInApp(page, SEED_PATH);
    await expectErrorView(page, message);
    // Invalid data does not change by asking again: no automatic retries.
    expect(requests).toBe(1);
    // The site frame is still there around the error.
    await expect(page.getByRole('banner')).toBeVisible();
  });
}

test('index data of another schema version shows the error view', async ({ page }) => {
  await page.route(INDEX_JSON, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":2}' }),
  );
  await navigateInApp(page, '/');
  await expectErrorView(page, /schema version 2/);
});
