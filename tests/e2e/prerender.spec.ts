import { expect, test, type Page } from '@playwright/test';
import { appReady, gotoApp } from './app-ready.ts';
import { collectConsole } from './console-messages.ts';
import { hydrationErrors, watchHydration } from './hydration-watch.ts';

const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_TITLE = 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native';
const SEED_JSON =
  /folio-data\/v1\/posts\/blog\/three-ways-red-hat-acquiring-coreos-helps-cloud-native\.json$/;

/** Records CSP violations from the first byte of every document the page opens. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__folioCsp', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () =>
    page.evaluate(() => (Reflect.get(window, '__folioCsp') as string[] | undefined) ?? []);
}

test.describe('prerendered pages (production build)', () => {
  test.beforeEach(({ browserName }, testInfo) => {
    test.skip(
      browserName !== 'chromium' || testInfo.project.name !== 'preview',
      'only the production build is prerendered',
    );
  });

  test('article text is readable with JavaScript disabled', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(SEED_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    await expect(page.getByRole('article')).toContainText('Michael Ducy');
    await expect(page.getByRole('article')).toContainText('Red Hat has reached an agreement');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(3);
    await page.goto('/');
    await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
    await context.close();
  });

  test('hydration reuses the HTML: no request for the post, no hydration warnings', async ({
    page,
  }) => {
    const messages = collectConsole(page);
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/folio-data/')) dataRequests.push(request.url());
    });
    watchHydration(page);
    for (const path of [SEED_PATH, '/', '/page/2/']) {
      await page.goto(path);
      await expect(page.locator('#root h1').first()).toBeVisible();
      expect(await hydrationErrors(page), path).toEqual([]);
    }
    // The 404 page is rendered afresh (its markup names another path), not hydrated.
    await page.goto('/no-such-post/');
    await appReady(page);
    expect(messages.filter((text) => /hydrat|did not match|mismatch/i.test(text))).toEqual([]);
    // Only the 404 page (served for any path) has no data to hydrate from; it loads the search
    // index on purpose, for its "did you mean" suggestions.
    expect(
      dataRequests.filter((url) => !url.includes('no-such-post') && !url.includes('/search/')),
    ).toEqual([]);
  });

  test('an unknown path answers 404 with the prerendered not-found page', async ({ page }) => {
    const response = await page.goto('/blog/no-such-post/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.locator('.folio-path')).toHaveText('/blog/no-such-post/');
  });

  test('client navigation after the first page loads post JSON', async ({ page }) => {
    // Before hydration the link is a plain one and the click loads the next prerendered page.
    await gotoApp(page, '/');
    const request = page.waitForRequest(SEED_JSON);
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await request;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });

  test('no CSP violations on the index, a post and the 404 page', async ({ page }) => {
    const violations = await watchCsp(page);
    for (const path of ['/', SEED_PATH, '/no-such-post/']) {
      await page.goto(path);
      await expect(page.locator('#root h1').first()).toBeVisible();
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
        'content',
        /script-src 'self';/,
      );
      expect(await violations(), path).toEqual([]);
    }
  });

  test('/?p=ID opens the post with that WordPress ID', async ({ page }) => {
    await page.goto('/?p=6088');
    await expect(page).toHaveURL(new RegExp(`${SEED_PATH}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });

  test('feeds, sitemap and robots.txt are published', async ({ request }) => {
    for (const [file, type] of [
      ['feed.xml', /<rss version="2.0"/],
      ['atom.xml', /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/],
      ['feed.json', /"version": "https:\/\/jsonfeed.org\/version\/1.1"/],
      ['sitemap.xml', /<urlset/],
    ] as const) {
      const response = await request.get(`/${file}`);
      expect(response.status(), file).toBe(200);
      const body = await response.text();
      expect(body).toMatch(type);
      expect(body).toContain(SEED_PATH);
    }
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: ');
  });
});

test('hovering a post link prefetches it, so the click shows no loading state', async ({
  page,
}) => {
  // Hydrated (or rendered) before hovering: the handler is the app's.
  await gotoApp(page, '/');
  const link = page.getByRole('link', { name: SEED_TITLE });
  await expect(link).toBeVisible();
  const prefetched = page.waitForResponse(SEED_JSON);
  await link.hover();
  await prefetched;
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__folioLoading', { value: seen });
    new MutationObserver(() => {
      if (document.querySelector('.folio-loading, .folio-progress-bar')) seen.push('loading');
    }).observe(document.body, { childList: true, subtree: true });
  });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  expect(await page.evaluate(() => Reflect.get(window, '__folioLoading'))).toEqual([]);
});
