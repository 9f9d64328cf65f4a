import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app-ready.ts';

const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_TITLE = 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native';
const ORIGIN = 'https://folio.example.com';

async function jsonLd(page: Page): Promise<unknown> {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? 'null');
}

function expectPostHead(page: Page) {
  return Promise.all([
    expect(page).toHaveTitle(`${SEED_TITLE} — Folio`),
    expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${ORIGIN}${SEED_PATH}`),
    expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', SEED_TITLE),
    expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article'),
    expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary'),
    expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^It was announced today that Red Hat/,
    ),
    expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      `${ORIGIN}/feed.xml`,
    ),
  ]);
}

test('a post page has its title, description, canonical URL, Open Graph and JSON-LD', async ({
  page,
}) => {
  await gotoApp(page, SEED_PATH);
  await expectPostHead(page);
  expect(await jsonLd(page)).toMatchObject({
    '@type': 'BlogPosting',
    headline: SEED_TITLE,
    author: { '@type': 'Person', name: 'Michael Ducy' },
    datePublished: '2018-01-30T15:10:27-08:00',
    mainEntityOfPage: { '@id': `${ORIGIN}${SEED_PATH}` },
  });
});

test('the head is in the HTML itself, for crawlers that run no JavaScript', async ({
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'preview', 'only the production build is prerendered');
  const html = await (await request.get(SEED_PATH)).text();
  expect(html).toContain(`<title>${SEED_TITLE} — Folio</title>`);
  expect(html).toContain(`<link data-folio-head rel="canonical" href="${ORIGIN}${SEED_PATH}">`);
  expect(html).toContain('"@type":"BlogPosting"');
});

test('client navigation updates the head', async ({ page }) => {
  await gotoApp(page, '/');
  await expect(page).toHaveTitle('Folio');
  await page.getByRole('link', { name: SEED_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expectPostHead(page);
  expect(await jsonLd(page)).toMatchObject({ headline: SEED_TITLE });
  await page.goBack();
  await expect(page).toHaveTitle('Folio');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${ORIGIN}/`);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
});
