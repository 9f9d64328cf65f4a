import { expect, test } from '@playwright/test';
import { collectConsole } from './console-messages.ts';
import { hydrationErrors, watchHydration } from './hydration-watch.ts';
import { gotoApp } from './app-ready.ts';

const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_TITLE = 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native';
const ORIGIN = 'https://folio.example.com';

test('index page 2 is reached by rel=next, with numbered pages and head links', async ({
  page,
}) => {
  await gotoApp(page, '/');
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination.getByRole('link', { name: 'Page 1' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', `${ORIGIN}/page/2/`);
  await pagination.locator('a[rel="next"]').click();

  await expect(page).toHaveURL(/\/page\/2\/$/);
  await expect(pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // 13 posts, 10 a page: 3 on the last page, which has a previous page and no next.
  await expect(page.getByRole('list', { name: 'Posts, page 2' }).getByRole('listitem')).toHaveCount(
    3,
  );
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', `${ORIGIN}/`);
  await expect(page.locator('head link[rel="next"]')).toHaveCount(0);
  await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', '/');
});

test('a byline opens the author page, and a date its month archive', async ({ page }) => {
  await gotoApp(page, SEED_PATH);
  const article = page.getByRole('article');
  await expect(article.getByText(/^\d+ min read$/)).toBeVisible();
  await article.getByRole('link', { name: 'Michael Ducy' }).click();
  await expect(page).toHaveURL(/\/author\/michael-ducy\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts by Michael Ducy');
  await expect(page).toHaveTitle('Posts by Michael Ducy — Folio');
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await page.getByRole('article').getByRole('link', { name: 'January 30, 2018' }).click();
  await expect(page).toHaveURL(/\/archive\/2018\/01\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts from January 2018');
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
});

test('the end of an article links the previous and next posts', async ({ page }) => {
  await gotoApp(page, SEED_PATH);
  const adjacent = page.getByRole('navigation', { name: 'Previous and next posts' });
  await expect(adjacent.locator('a[rel="prev"]')).toContainText('Introducing Sysdig Teams');
  await adjacent.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2018 Docker Usage Report.');
  await expect(page).toHaveURL(/2018-docker-usage-report/);
});

test('related posts share rare title words', async ({ page }) => {
  await gotoApp(page, '/blog/hiding-linux-processes-for-fun-and-profit/');
  const related = page.getByRole('region', { name: 'Related posts' });
  // "processes", "fun" and "profit" are in no other title; "linux" is in two others.
  await expect(related.getByRole('link')).toHaveText([
    'Linux Troubleshooting Cheatsheet: strace, htop, lsof, tcpdump, iftop & sysdig',
    'Fishing for Hackers: analysis of a Linux Server Attack',
  ]);
  await related.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/blog\/linux-troubleshooting-cheatsheet\/$/);
});

test('the archive lists every month with its post count', async ({ page }) => {
  await gotoApp(page, '/archive/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
  const months = page.getByRole('region', { name: '2014' }).getByRole('listitem');
  // April, May, June, August, September and December 2014 have one post each.
  await expect(months).toHaveCount(6);
  await expect(months.first()).toContainText('December 2014');
  await expect(months.first()).toContainText('1 post');
});

test.describe('prerendered navigation pages (production build)', () => {
  test.beforeEach(({ browserName }, testInfo) => {
    test.skip(
      browserName !== 'chromium' || testInfo.project.name !== 'preview',
      'only the production build is prerendered',
    );
  });

  test('author, month and archive pages hydrate without a request or a warning', async ({
    page,
  }) => {
    const messages = collectConsole(page);
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      // The pages' own data (other files, such as a search index, are not theirs to judge).
      if (/\/folio-data\/v1\/(authors|archive|index|posts)\//.test(request.url())) {
        dataRequests.push(request.url());
      }
    });
    watchHydration(page);
    for (const path of ['/author/gianluca-borello/', '/archive/2014/04/', '/archive/']) {
      const response = await gotoApp(page, path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('#root h1').first()).toBeVisible();
      expect(await hydrationErrors(page), path).toEqual([]);
    }
    expect(messages.filter((text) => /hydrat|did not match|mismatch/i.test(text))).toEqual([]);
    expect(dataRequests).toEqual([]);
  });

  test('old WordPress month URLs redirect, and the sitemap lists the new pages', async ({
    request,
  }) => {
    const redirects = await (await request.get('/_redirects')).text();
    expect(redirects).toContain('/2018/01/ /archive/2018/01/ 301');
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const path of ['/author/michael-ducy/', '/archive/2018/01/', '/archive/']) {
      expect(sitemap).toContain(`<loc>${ORIGIN}${path}</loc>`);
    }
  });
});
