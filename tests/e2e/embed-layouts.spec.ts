import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The script embed where marketing sites put it (tests/embed/host-pages/layouts.html, dark.html,
 * post.html, under host.css's hostile rules and a strict CSP): a flex row, grids, a 288 px
 * sidebar, a dark page; at a phone's and a desktop's width. And what each view shows.
 */
const CONTENT = `http://127.0.0.1:${process.env.FOLIO_E2E_EMBED_PORT ?? 4683}/`;
const SEED_PATH = 'blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_TITLE = 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native';
const LIGHT_BG = 'rgb(253, 252, 250)';
const DARK_BG = 'rgb(20, 21, 24)';

interface DataPost {
  title: string;
  excerpt: string;
  sections: { id: string; title: string }[];
}

async function dataPost(page: Page, path: string): Promise<DataPost> {
  const response = await page.request.get(`${CONTENT}folio-data/v1/posts/${path}.json`);
  const post: unknown = await response.json();
  if (!isDataPost(post)) throw new Error(`not a post: ${path}`);
  return post;
}

function isDataPost(value: unknown): value is DataPost {
  return (
    typeof value === 'object' &&
    value !== null &&
    'title' in value &&
    'excerpt' in value &&
    'sections' in value &&
    Array.isArray(value.sections)
  );
}

/** Every embed on the page has drawn its data: a heading or a list, no loading status. */
async function waitForEmbeds(page: Page): Promise<void> {
  const embeds = page.locator('folio-post, folio-posts');
  for (const embed of await embeds.all()) {
    await expect(embed.getByRole('heading').or(embed.getByRole('list')).first()).toBeVisible();
    await expect(embed.getByRole('status')).toHaveCount(0);
  }
}

/** How far each embed reaches past its parent's content box (none may), and the page's overflow. */
function overflows(page: Page) {
  return page.evaluate(() => {
    const scroller = document.scrollingElement;
    const page = { scrollWidth: scroller?.scrollWidth ?? 0, innerWidth: window.innerWidth };
    const embeds = [...document.querySelectorAll('folio-post, folio-posts')].map((element) => {
      const parent = element.parentElement;
      if (parent === null) return { id: element.id, past: 0, width: 0 };
      const style = getComputedStyle(parent);
      const box = parent.getBoundingClientRect();
      const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
      const rect = element.getBoundingClientRect();
      return { id: element.id, past: rect.right - right, width: rect.width };
    });
    return { page, embeds };
  });
}

function background(embed: Locator): Promise<string> {
  return embed.evaluate((element) => {
    const root = element.shadowRoot?.querySelector('[part="root"]');
    return root === null || root === undefined ? '' : getComputedStyle(root).backgroundColor;
  });
}

for (const width of [375, 1280]) {
  test(`at ${width} px, no embed widens the page or leaves its container`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/layouts.html');
    await waitForEmbeds(page);
    const measured = await overflows(page);
    expect(measured.page.scrollWidth).toBeLessThanOrEqual(measured.page.innerWidth);
    for (const embed of measured.embeds) {
      expect(embed.past, `${embed.id} reaches past its container`).toBeLessThanOrEqual(0.5);
      // Not squeezed to nothing either: a reading width where there is room, else all of it.
      expect(embed.width, `${embed.id} is too narrow`).toBeGreaterThan(width > 700 ? 280 : 150);
    }
    // The page's own heading is still the host's: 18 px of its CSS, not the embed's.
    await expect(page.getByRole('heading', { level: 1, name: /^Our product/ })).toBeVisible();
  });
}

test('a 288 px sidebar holds a compact list: 2-line titles, dates, no excerpts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/layouts.html');
  const list = page.locator('folio-posts#sidebar-posts');
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(5);
  expect((await list.boundingBox())?.width).toBeLessThanOrEqual(288);
  const index: unknown = await (
    await page.request.get(`${CONTENT}folio-data/v1/index/1.json`)
  ).json();
  const posts =
    typeof index === 'object' && index !== null && 'posts' in index && Array.isArray(index.posts)
      ? index.posts.filter(isSummary)
      : [];
  for (const [at, post] of posts.slice(0, 5).entries()) {
    const item = items.nth(at);
    // The whole title is the link's name, however many lines it shows.
    await expect(item.getByRole('link', { name: post.title, exact: true })).toBeVisible();
    await expect(item.locator('time')).toBeVisible();
    await expect(item).not.toContainText(post.excerpt.slice(0, 40));
    const title = item.getByRole('heading');
    const lines = await title.evaluate(
      (element) => element.clientHeight / parseFloat(getComputedStyle(element).lineHeight),
    );
    expect(lines, post.title).toBeLessThanOrEqual(2.05);
  }
});

function isSummary(value: unknown): value is { title: string; excerpt: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'title' in value &&
    typeof value.title === 'string' &&
    'excerpt' in value &&
    typeof value.excerpt === 'string'
  );
}

test('the default view is a teaser: title, byline, excerpt and one link to the post', async ({
  page,
}) => {
  await page.goto('/post.html');
  const teaser = page.locator('folio-post#teaser');
  const post = await dataPost(page, SEED_PATH.slice(0, -1));
  await expect(teaser.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
  await expect(teaser.getByText('By Michael Ducy')).toBeVisible();
  await expect(teaser.getByText(post.excerpt.slice(0, 60))).toBeVisible();
  const links = teaser.getByRole('link');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAccessibleName(`Read on ${new URL(CONTENT).host}`);
  await expect(links).toHaveAttribute('href', `${CONTENT}${SEED_PATH}`);
  // No section of the post itself.
  await expect(teaser.getByRole('heading')).toHaveCount(1);
  expect((await teaser.boundingBox())?.height).toBeLessThan(600);
});

test('sections="2" shows the intro and one section, then "Continue reading"', async ({ page }) => {
  await page.goto('/post.html');
  const embed = page.locator('folio-post#two-sections');
  const post = await dataPost(page, 'blog/amazon-elb-bug');
  await expect(embed.getByRole('heading', { level: 1, name: post.title })).toBeVisible();
  const shown = post.sections[1];
  const next = post.sections[2];
  if (shown === undefined || next === undefined) throw new Error('the post has 3 sections');
  await expect(embed.getByRole('heading', { level: 2 })).toHaveText([`${shown.title} #`]);
  await expect(embed.getByRole('heading', { level: 2, name: next.title })).toHaveCount(0);
  await expect(embed.getByRole('link', { name: 'Continue reading' })).toHaveAttribute(
    'href',
    `${CONTENT}blog/amazon-elb-bug/#${next.id}`,
  );
});

test('the full view reads at about 70 characters a line, where the page is wide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/post.html');
  const embed = page.locator('folio-post#post');
  await expect(embed.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  expect((await embed.boundingBox())?.width).toBeGreaterThan(1000);
  const perLine = await embed
    .locator('.folio-prose p')
    .first()
    .evaluate((paragraph) => {
      const context = document.createElement('canvas').getContext('2d');
      const text = paragraph.textContent ?? '';
      if (context === null || text.length < 200) return 0;
      context.font = getComputedStyle(paragraph).font;
      return paragraph.clientWidth / (context.measureText(text).width / text.length);
    });
  expect(perLine).toBeGreaterThan(55);
  expect(perLine).toBeLessThanOrEqual(75);
});

test('theme pins the look on a dark page; auto follows the reader', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/dark.html');
  const dark = page.locator('folio-post#dark-post');
  const light = page.locator('folio-post#light-post');
  await expect(dark.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  await expect(light.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  await expect(page.locator('folio-posts#dark-posts').getByRole('listitem')).toHaveCount(3);
  expect(await background(dark)).toBe(DARK_BG);
  expect(await background(page.locator('folio-posts#dark-posts'))).toBe(DARK_BG);
  expect(await background(light)).toBe(LIGHT_BG);
  await expect(dark.getByRole('link', { name: 'Read on the Sysdig blog' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(light)).toBe(LIGHT_BG);
  expect(await background(dark)).toBe(DARK_BG);

  await page.goto('/post.html');
  const auto = page.locator('folio-post#teaser');
  await expect(auto.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  expect(await background(auto)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(auto)).toBe(LIGHT_BG);
});
