import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { gotoApp } from './app-ready.ts';

const POST_PATH = '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const STORAGE_KEY = 'folio-theme';
// base.css: --folio-bg of each palette.
const LIGHT_BG = 'rgb(253, 252, 250)';
const DARK_BG = 'rgb(20, 21, 24)';

/** Stores a theme choice before any page script runs, as a returning reader would have it. */
async function storeChoice(context: BrowserContext, choice: 'light' | 'dark'): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [STORAGE_KEY, choice] as const,
  );
}

/**
 * Runs only the HTML, its stylesheet and the head theme script: every other script (the
 * app bundle; in dev, Vite's client and main.tsx) is refused. What the page shows then is
 * what the reader sees on the first paint, before the app could correct anything.
 */
async function withoutApp(page: Page): Promise<void> {
  await page.route(
    (url) =>
      (/\.(js|tsx?|jsx)$/.test(url.pathname) || url.pathname.startsWith('/@')) &&
      !url.pathname.endsWith('/folio-theme.js'),
    (route) => route.abort(),
  );
}

/** CSP violations of the page (the preview build enforces its policy in a meta tag). */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { folioViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

function violations(page: Page): Promise<unknown> {
  return page.evaluate(() => Reflect.get(window, 'folioViolations'));
}

function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

/** The colour of one pixel of a screenshot, decoded by the browser (no image library). */
async function pixel(page: Page, x: number, y: number): Promise<string> {
  const png = (await page.screenshot()).toString('base64');
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(
      async ({ data, x, y }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (context === null) throw new Error('no 2d canvas');
        context.drawImage(image, 0, 0);
        const [r, g, b] = context.getImageData(x, y, 1, 1).data;
        return `rgb(${r}, ${g}, ${b})`;
      },
      { data: png, x, y },
    );
  } finally {
    await decoder.close();
  }
}

test.describe('theme on the first paint', () => {
  test('a stored dark choice is painted before the app runs, under the CSP', async ({
    page,
    context,
  }, testInfo) => {
    await recordViolations(context);
    await storeChoice(context, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await withoutApp(page);
    await page.goto(POST_PATH, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The dev server has no page HTML or stylesheet before its scripts run (Vite injects CSS
    // from JavaScript): there, the head script having run first is all there is to check.
    test.skip(testInfo.project.name === 'dev', 'the dev server paints nothing before its JS');
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
      'dark',
    );
    // The painted pixels, not only the computed style: a corner of the page background.
    expect(await pixel(page, 2, 700)).toBe(DARK_BG);
    expect(await violations(page)).toEqual([]);
  });

  test('a stored light choice wins over a dark system setting', async ({
    page,
    context,
  }, testInfo) => {
    await storeChoice(context, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await withoutApp(page);
    await page.goto(POST_PATH, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    test.skip(testInfo.project.name === 'dev', 'the dev server paints nothing before its JS');
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await pixel(page, 2, 700)).toBe(LIGHT_BG);
  });

  test('without a choice the page follows the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoApp(page, POST_PATH);
    await expect(page.getByRole('button', { name: 'System' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await background(page)).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BG);
  });
});

test('the switch applies a theme, remembers it across reloads, and goes back to system', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoApp(page, POST_PATH);
  const theme = page.getByRole('group', { name: 'Theme' });
  await theme.getByRole('button', { name: 'Dark' }).click();
  await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK_BG);

  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  // Hydration catches up with the stored choice, without a mismatch.
  await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK_BG);

  await theme.getByRole('button', { name: 'System' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  expect(await background(page)).toBe(LIGHT_BG);
  expect(errors.filter((text) => /hydrat|did not match/i.test(text))).toEqual([]);
});

test('code blocks follow the chosen theme, not only the system one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoApp(page, POST_PATH);
  await expect(page.getByRole('button', { name: 'Dark' })).toBeVisible();
  await expect(page.locator('.folio-prose').first()).toBeVisible();
  // A Shiki block as the compiler writes it (the example posts have no highlighted code).
  await page.evaluate(() => {
    const prose = document.querySelector('.folio-prose');
    if (prose === null) throw new Error('no .folio-prose');
    const pre = document.createElement('pre');
    pre.className = 'shiki';
    const span = document.createElement('span');
    span.style.setProperty('--shiki-light', '#112233');
    span.style.setProperty('--shiki-dark', '#ddeeff');
    span.textContent = 'code';
    pre.append(span);
    prose.append(pre);
  });
  const spanColour = () =>
    page.evaluate(() => {
      const span = document.querySelector('.folio-prose pre.shiki span');
      return span === null ? '' : getComputedStyle(span).color;
    });
  expect(await spanColour()).toBe('rgb(17, 34, 51)');
  await page.getByRole('button', { name: 'Dark' }).click();
  expect(await spanColour()).toBe('rgb(221, 238, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Light' }).click();
  expect(await spanColour()).toBe('rgb(17, 34, 51)');
  await page.getByRole('button', { name: 'System' }).click();
  expect(await spanColour()).toBe('rgb(221, 238, 255)');
});
