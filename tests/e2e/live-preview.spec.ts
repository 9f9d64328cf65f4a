import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Authors' preview against the real dev server: files are edited on disk and the open page
 * must follow without a reload. Runs in the `live` project, whose dev server previews a
 * scratch copy of tests/e2e/fixtures/preview-posts (see playwright.config.ts).
 */
const postsDir = path.resolve('.e2e-live-posts');
const seedFile = path.join(
  postsDir,
  '2018-01-30-three-ways-red-hat-acquiring-coreos-helps-cloud-native.md',
);
const SEED_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';

test.describe.configure({ mode: 'serial' });
// The first page, or a save, may be the first compile of this dev server (with an empty
// compile cache, as in CI), which loads the highlighter: allow for that on a busy machine.
test.use({ actionTimeout: 15_000 });
test.setTimeout(60_000);
const LIVE = { timeout: 15_000 };

/** Opens a page and waits for Vite's hot-update client, so no saved change goes unheard. */
async function open(page: Page, url: string): Promise<void> {
  const connected = page.waitForEvent('console', (message) =>
    message.text().includes('[vite] connected'),
  );
  await page.goto(url);
  await connected;
}

async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { folioNoReload: true }));
}
async function expectNoReload(page: Page): Promise<void> {
  expect(await page.evaluate(() => 'folioNoReload' in window)).toBe(true);
}
async function editFile(file: string, edit: (text: string) => string): Promise<string> {
  const before = await readFile(file, 'utf8');
  await writeFile(file, edit(before));
  return before;
}

test('saving a post updates the open page in place, keeping the scroll position', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await open(page, SEED_PATH);
  // The suite's first page: on a clean checkout its post is this dev server's first compile.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(LIVE);
  await markWindow(page);
  const heading = page.locator('[id="redhatfortifiestheircontainerruntimestrategy"]');
  await heading.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);

  const original = await editFile(seedFile, (text) =>
    text.replace('Red Hat has has been contributing', 'EDITED: Red Hat has been contributing'),
  );
  try {
    await expect(page.getByText('EDITED: Red Hat has been contributing')).toBeVisible(LIVE);
    await expectNoReload(page);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(50);
  } finally {
    await writeFile(seedFile, original);
  }
});

test('adding a post lists it; deleting it shows its 404', async ({ page }) => {
  const added = path.join(postsDir, '2018-03-01-freshly-added.md');
  const seed = await readFile(seedFile, 'utf8');
  await open(page, '/');
  await markWindow(page);
  await writeFile(
    added,
    seed
      .replace(/post_title: >\n.*\n.*\n/, 'post_title: Freshly added\n')
      .replace('three-ways-red-hat-acquiring-coreos-helps-cloud-native', 'freshly-added')
      .replace('post_date: 2018-01-30', 'post_date: 2018-03-01'),
  );
  try {
    const link = page.getByRole('link', { name: 'Freshly added' });
    await expect(link).toBeVisible(LIVE);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freshly added');
  } finally {
    await rm(added);
  }
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible(LIVE);
  await expectNoReload(page);
});

test('a broken post shows an overlay with file:line and field, gone after the fix', async ({
  page,
}) => {
  await open(page, SEED_PATH);
  await markWindow(page);
  const original = await editFile(seedFile, (text) =>
    text.replace('post_date: 2018-01-30 15:10:27', 'post_date: 2018-13-45 15:10:27'),
  );
  const overlay = page.getByRole('alert').filter({ hasText: 'in your posts' });
  try {
    await expect(overlay).toBeVisible(LIVE);
    await expect(overlay).toContainText(
      /2018-01-30-three-ways-red-hat-acquiring-coreos-helps-cloud-native\.md:\d+/,
    );
    await expect(overlay).toContainText('post_date');
    // The last good version stays readable underneath.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Three Ways Red Hat');
  } finally {
    await writeFile(seedFile, original);
  }
  await expect(overlay).toBeHidden(LIVE);
  await expectNoReload(page);
});

test('changing a permalink moves the post', async ({ page }) => {
  await open(page, SEED_PATH);
  await markWindow(page);
  const original = await editFile(seedFile, (text) =>
    text.replace(
      '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/',
      '/blog/moved-here/',
    ),
  );
  try {
    await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible(LIVE);
    await page.goto('/blog/moved-here/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Three Ways Red Hat');
  } finally {
    await writeFile(seedFile, original);
  }
});

test("the open post's import report is a folded panel that follows edits", async ({ page }) => {
  await open(page, SEED_PATH);
  await expect(page.getByText('Import report: nothing to fix (markdown)')).toBeVisible(LIVE);
  const original = await editFile(seedFile, (text) =>
    text.replace(
      'Overall, the acquisition',
      '[vc_row]Built with a page builder.[/vc_row]\n\nOverall, the acquisition',
    ),
  );
  try {
    const summary = page.getByText('Import report: 1 note (markdown)');
    await expect(summary).toBeVisible(LIVE);
    await summary.click();
    await expect(page.getByText('unknown shortcode (brackets removed, text kept)')).toBeVisible();
    await expect(page.getByText('Built with a page builder.')).toBeVisible();
  } finally {
    await writeFile(seedFile, original);
  }
});

test('drafts and scheduled posts are previewed with a badge', async ({ page }) => {
  await page.goto('/blog/a-draft-in-progress/');
  await expect(page.getByRole('article').getByText('Draft', { exact: true })).toBeVisible();
  await page.goto('/blog/a-scheduled-post/');
  await expect(page.getByRole('article').getByText('Scheduled', { exact: true })).toBeVisible();
});
