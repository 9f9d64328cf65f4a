import { chromium, expect, type Locator } from '@playwright/test';

const DARK_BG = 'rgb(20, 21, 24)';
const LIGHT_BG = 'rgb(253, 252, 250)';
const HOST_RED = 'rgb(255, 0, 0)';

/**
 * The fresh app's page (fresh-react-app.ts) in Chromium, read as a visitor would: by role
 * and name, through the components' shadow roots (Playwright's locators pierce open ones).
 * The browser prefers a dark theme, so `theme="light"` and `auto` are told apart. Throws on
 * the first check that fails, and on any error the page logs.
 */
export async function checkRenderedApp(url: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  });
  try {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);

    const full = page.getByRole('region', { name: 'Full post' });
    await expect(full.getByRole('heading', { level: 1, name: 'Hello world' })).toBeVisible();
    await expect(full.getByText('By Ada Lovelace')).toBeVisible();
    await expect(full.getByText('30 January 2018')).toBeVisible(); // en-GB, UTC
    await expect(full.getByText('2 min read')).toBeVisible();
    await expect(full.getByText('Intro paragraph.')).toBeVisible();
    await expect(full.getByRole('heading', { level: 2, name: /^Getting started/ })).toBeVisible();
    await expect(full.getByRole('heading', { level: 2, name: /^Second part/ })).toBeVisible();
    await expect(full.getByRole('link', { name: 'Read the full post' })).toHaveAttribute(
      'href',
      /^http:\/\/127\.0\.0\.1:\d+\/blog\/hello-world\/$/,
    );
    await expectBackground(full, DARK_BG);
    await expect(full.getByRole('heading', { level: 1 })).not.toHaveCSS('color', HOST_RED);

    const teaser = page.getByRole('region', { name: 'Teaser' });
    await expect(teaser.getByRole('heading', { level: 1, name: 'Second post' })).toBeVisible();
    await expect(teaser.getByText('Intro paragraph.')).toBeVisible();
    await expect(teaser.getByRole('heading', { level: 2 })).toHaveCount(0);
    await expect(teaser.getByRole('link', { name: 'Read the full post' })).toBeVisible();
    await expectBackground(teaser, LIGHT_BG);

    const two = page.getByRole('region', { name: 'Two sections' });
    await expect(two.getByRole('heading', { level: 2, name: /^Getting started/ })).toBeVisible();
    await expect(two.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(two.locator('div.news')).toHaveCount(1);

    const latest = page.getByRole('region', { name: 'Latest posts' });
    await expect(latest.getByRole('listitem')).toHaveCount(2);
    // Newest first, each a link to its page on the Folio site, with its byline and excerpt.
    await expect(latest.getByRole('link')).toHaveText(['Second post', 'Hello world']);
    await expect(latest.getByRole('link', { name: 'Hello world' })).toHaveAttribute(
      'href',
      /^http:\/\/127\.0\.0\.1:\d+\/blog\/hello-world\/$/,
    );
    await expect(latest.getByText('A first post.')).toBeVisible();
    await expect(latest.getByText('Ada Lovelace').first()).toBeVisible();
    await expectBackground(latest, DARK_BG); // auto, under a dark system theme

    const compact = page.getByRole('region', { name: 'Compact list' });
    await expect(compact.getByRole('listitem')).toHaveCount(1);
    await expect(compact.getByRole('link', { name: 'Second post' })).toBeVisible();
    await expect(compact.locator('time')).toHaveAttribute('datetime', '2018-02-14T09:00:00+00:00');
    await expect(compact.getByText('Ada Lovelace')).toHaveCount(0);
    await expect(compact.getByText('More to say.')).toHaveCount(0);

    await expect(page.getByRole('list', { name: 'Views' })).toContainText('post: Hello world');
    await expect(page.getByRole('list', { name: 'Views' })).toContainText('posts: ');
    if (errors.length > 0) throw new Error(`the page logged errors:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
  }
}

async function expectBackground(region: Locator, colour: string): Promise<void> {
  await expect(region.locator('.folio-embed')).toHaveCSS('background-color', colour);
}
