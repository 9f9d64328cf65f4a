import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app-ready.ts';

/**
 * Search in real Chromium, against the dev server and the production build: the header box
 * from `/` (and what it downloads), the search page and its URL, offline use of what was
 * loaded, the 404 page's suggestions, and the strict CSP (nothing the search adds may be
 * blocked by it).
 */
const POST_PATH = '/blog/amazon-elb-bug/';
const DTRACE_TITLE = 'Sysdig vs DTrace vs Strace: a Technical Discussion';
const INDEX_FILE = '/folio-data/v1/search/index-v3.json';

/** Requests for the search index and its chunks, and every CSP violation the page reports. */
function watch(page: Page) {
  const indexRequests: string[] = [];
  const chunkRequests = new Set<string>();
  const problems: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === INDEX_FILE) indexRequests.push(request.url());
    if (pathname.startsWith('/folio-data/v1/search/terms/')) chunkRequests.add(pathname);
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { indexRequests, chunkRequests, problems };
}

test('`/` focuses the header search box from a post, which loads the index only then', async ({
  page,
}) => {
  const { indexRequests, chunkRequests, problems } = watch(page);
  await gotoApp(page, POST_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Amazon ELB/);
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);

  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search posts' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('dtrace');
  const result = page.getByRole('banner').getByRole('link', { name: DTRACE_TITLE });
  await expect(result).toBeVisible();
  await expect(result.locator('mark', { hasText: /^DTrace$/ })).toBeVisible();
  // "strace" is one letter away, but in its first three, so it is not offered (run-search.ts).
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('1 post matches “dtrace”.');
  await expect(
    page
      .getByRole('banner')
      .getByRole('list', { name: 'Search results' })
      .getByRole('link')
      .first(),
  ).toHaveText(DTRACE_TITLE);
  expect(indexRequests).toHaveLength(1);
  // Typing a word letter by letter downloads the chunks of its prefixes, not the index.
  const manifest = (await (await page.request.get(INDEX_FILE)).json()) as { chunks: unknown[] };
  expect(manifest.chunks.length).toBeGreaterThanOrEqual(3);
  expect(chunkRequests.size).toBeGreaterThan(0);
  expect(chunkRequests.size).toBeLessThan(manifest.chunks.length);

  await page.keyboard.press('ArrowDown');
  await expect(result).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/blog\/sysdig-vs-dtrace-vs-strace-a-technical-discussion\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DTRACE_TITLE);
  expect(problems).toEqual([]);
});

test('the search page keeps its query in the URL: reload and Back work', async ({ page }) => {
  const { problems } = watch(page);
  await gotoApp(page, '/');
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search posts' }).fill('elb');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=elb$/);
  const main = page.getByRole('main');
  const box = main.getByRole('searchbox', { name: 'Search posts' });
  await expect(box).toHaveValue('elb');
  const results = main.getByRole('list', { name: 'Search results' });
  await expect(
    results.getByRole('link', { name: 'How we found a bug in Amazon ELB' }),
  ).toBeVisible();

  await box.fill('strace');
  await expect(page).toHaveURL(/\/search\/\?q=strace$/);
  await expect(results.getByRole('link', { name: DTRACE_TITLE })).toBeVisible();
  await expect(results.locator('mark', { hasText: /^strace$/i }).first()).toBeVisible();

  await page.reload();
  await expect(box).toHaveValue('strace');
  await expect(results.getByRole('link', { name: DTRACE_TITLE })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  expect(problems).toEqual([]);
});

test('offline, a query whose pieces were loaded still answers; a new one waits for the network', async ({
  page,
  context,
}) => {
  await gotoApp(page, '/search/?q=hackers');
  const main = page.getByRole('main');
  const results = main.getByRole('list', { name: 'Search results' });
  const fishing = results.getByRole('link', {
    name: 'Fishing for Hackers: analysis of a Linux Server Attack',
  });
  await expect(fishing).toBeVisible();
  await main.getByRole('searchbox', { name: 'Search posts' }).fill('');
  await context.setOffline(true);
  await main.getByRole('searchbox', { name: 'Search posts' }).fill('hackers');
  await expect(fishing).toBeVisible();
  await main.getByRole('searchbox', { name: 'Search posts' }).fill('zookeeper quorum');
  await expect(main.getByRole('status')).toHaveText(
    'You are offline. These words will be searched once you are back online.',
  );
  await context.setOffline(false);
  await expect(main.getByRole('status')).toHaveText(/posts? match(es)? “zookeeper quorum”/);
});

test('the 404 page suggests the closest permalink and searches the missing words', async ({
  page,
}) => {
  const { problems } = watch(page);
  await gotoApp(page, '/blog/fishing-for-hacker/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const suggestions = page.getByRole('region', { name: 'Did you mean' });
  await expect(suggestions.getByRole('link')).toHaveText([
    'Fishing for Hackers: analysis of a Linux Server Attack',
  ]);
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search posts' });
  await expect(box).toHaveValue('fishing for hacker');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=fishing\+for\+hacker$/);
  await expect(
    page.getByRole('main').getByRole('link', {
      name: 'Fishing for Hackers: analysis of a Linux Server Attack',
    }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test('the 404 page offers nothing for a path like no post', async ({ page }) => {
  const loaded = page.waitForResponse((response) =>
    response.url().includes('/folio-data/v1/search/terms/'),
  );
  await gotoApp(page, '/quarterly-earnings-call-transcript/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await loaded;
  // Parsing the chunk and rendering with it take a moment after the response.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(
    'quarterly earnings call transcript',
  );
  await expect(page.getByRole('region', { name: 'Did you mean' })).toHaveCount(0);
});
