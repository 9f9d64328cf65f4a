import { expect, test } from '@playwright/test';
import { gotoApp } from './app-ready.ts';

const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_TITLE = 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native';
const SECTIONS = [
  {
    id: 'containerlinuxbecomestheenterpriselinuxcontainerdistribution',
    title: 'Container Linux becomes the Enterprise Linux Container Distribution',
  },
  {
    id: 'enterprisekubernetesdistributionsbecomereal',
    title: 'Enterprise Kubernetes Distributions Become Real',
  },
  {
    id: 'redhatfortifiestheircontainerruntimestrategy',
    title: 'Red Hat Fortifies their Container Runtime Strategy',
  },
];

test('the seed post shows title, author, date and its three sections with anchors', async ({
  page,
}) => {
  await gotoApp(page, SEED_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByRole('article')).toContainText('Michael Ducy');
  // 2018-01-30 15:10:27 is wall-clock time in the configured zone (America/Los_Angeles).
  await expect(page.locator('article time').first()).toHaveAttribute(
    'datetime',
    '2018-01-30T15:10:27-08:00',
  );
  await expect(page.locator('article time').first()).toHaveText('January 30, 2018');

  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings).toHaveCount(3);
  for (const [index, section] of SECTIONS.entries()) {
    const heading = headings.nth(index);
    await expect(heading).toHaveAttribute('id', section.id);
    await expect(heading).toContainText(section.title);
    const anchor = page.getByRole('link', { name: `Link to section “${section.title}”` });
    await expect(anchor).toHaveAttribute('href', `#${section.id}`);
  }
  await expect(page.locator('article section')).toHaveCount(4); // intro + three h2 sections

  const text = await page.locator('article').innerText();
  expect(text).not.toContain('{#');
  expect(text).not.toContain('[tweet_box');
  expect(text).not.toContain('[/tweet_box');
  // The tweet box: a styled quote with a link that shares it.
  const quote = 'This is how #RedHat acquiring #CoreOS helps #CloudNative';
  const tweetBox = page.getByRole('complementary').filter({ hasText: quote });
  await expect(tweetBox).toBeVisible();
  await expect(tweetBox.getByRole('link', { name: 'Tweet this' })).toHaveAttribute(
    'href',
    `https://twitter.com/intent/tweet?${new URLSearchParams({ text: quote })}`,
  );
});

test('the permalink works without its trailing slash', async ({ page }) => {
  await page.goto(SEED_PATH.slice(0, -1));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
});

test('anchor links are reachable by keyboard and update the URL hash', async ({ page }) => {
  await gotoApp(page, SEED_PATH);
  const anchor = page.getByRole('link', { name: `Link to section “${SECTIONS[1]?.title}”` });
  await anchor.focus();
  await expect(anchor).toBeFocused();
  await expect(anchor).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${SECTIONS[1]?.id}$`));
});

test('opening a URL with #id scrolls to that heading', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const target = SECTIONS[2];
  await gotoApp(page, `${SEED_PATH}#${target?.id}`);
  const heading = page.locator(`[id="${target?.id}"]`);
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('navigate from the index to a post and back', async ({ page }) => {
  await gotoApp(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  let nextLink = page.getByRole('link', { name: SEED_TITLE });
  // The seed may sit on a later index page; walk the pages like a reader would.
  while ((await nextLink.count()) === 0) {
    await page.getByRole('link', { name: /next/i }).click();
    nextLink = page.getByRole('link', { name: SEED_TITLE });
  }
  const indexUrl = page.url();
  await nextLink.click();
  await expect(page).toHaveURL(new RegExp(`${SEED_PATH}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await page.goBack();
  await expect(page).toHaveURL(indexUrl);
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
});

test('an unknown path shows the 404 view', async ({ page }) => {
  await gotoApp(page, '/blog/no-such-post/');
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
});
