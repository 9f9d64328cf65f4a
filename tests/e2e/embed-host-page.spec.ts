import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The embeds on a plain host page from another origin, with aggressive CSS and a strict CSP
 * (tests/embed/host-server.ts, host-pages/). The Folio site is a production build, which
 * publishes the embed script (playwright.config.ts, suite "embed"). Layouts, views and
 * themes: embed-layouts.spec.ts.
 */
const CONTENT = `http://127.0.0.1:${process.env.FOLIO_E2E_EMBED_PORT ?? 4683}/`;
const BASE_CONTENT = `http://127.0.0.1:${process.env.FOLIO_E2E_EMBED_BASE_PORT ?? 5683}/blog/`;
const SEED_PATH = 'blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/';
const SEED_TITLE = 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native';
/** "Read on <site>": the site's host name, without a `site-name` attribute. */
const READ_ON = `Read on ${new URL(CONTENT).host}`;
const RED = 'rgb(255, 0, 0)';

interface Recorded {
  violations: string[];
  events: { type: string; detail: unknown; target: string }[];
}

declare global {
  interface Window {
    recorded: Recorded;
  }
}

/**
 * Records CSP violations and Folio events from the very start of the page. `folio:navigate`
 * is cancelled, as a host with its own router would, so the test stays on the page.
 */
async function openHostPage(page: Page, name: string): Promise<void> {
  await page.addInitScript(() => {
    const recorded: Recorded = { violations: [], events: [] };
    window.recorded = recorded;
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
    for (const type of ['folio:view', 'folio:navigate', 'folio:anchor-copy']) {
      document.addEventListener(type, (event) => {
        if (!(event instanceof CustomEvent)) return;
        const target = event.target instanceof Element ? event.target.id : '';
        recorded.events.push({ type, detail: event.detail, target });
        if (type === 'folio:navigate') event.preventDefault();
      });
    }
  });
  await page.goto(`/${name}`);
}

function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => window.recorded);
}

function style(locator: Locator, property: string): Promise<string> {
  return locator.evaluate(
    (element, name) => getComputedStyle(element).getPropertyValue(name),
    property,
  );
}

test('a full post renders in its own look inside the host page, under a strict CSP', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).origin);
  });
  await openHostPage(page, 'post.html');
  const post = page.locator('folio-post#post');
  const title = post.getByRole('heading', { level: 1, name: SEED_TITLE });
  await expect(title).toBeVisible();
  await expect(post.getByText('By Michael Ducy')).toBeVisible();

  // The host's `* { color: red !important; font: 40px serif }` does not reach inside.
  expect(await style(title, 'color')).not.toBe(RED);
  expect(await style(title, 'font-family')).toContain('system-ui');
  expect(await style(title, 'font-size')).not.toBe('40px');
  const paragraph = post.locator('.folio-prose p').first();
  expect(await style(paragraph, 'color')).not.toBe(RED);
  expect(await style(paragraph, 'font-family')).toContain('Charter');
  // …and Folio's styles do not leak out: the host page looks as its CSS says.
  const hostHeading = page.locator('#host-heading');
  expect(await style(hostHeading, 'color')).toBe(RED);
  expect(await style(hostHeading, 'font-size')).toBe('40px');
  expect(await style(page.locator('#host-text'), 'font-family')).toBe('serif');

  // The styles are adopted, never a <style> element (which the CSP would block).
  const sheets = await post.evaluate((element) => ({
    adopted: element.shadowRoot?.adoptedStyleSheets.length ?? 0,
    styleElements: element.shadowRoot?.querySelectorAll('style').length ?? -1,
  }));
  expect(sheets.adopted).toBeGreaterThan(0);
  expect(sheets.styleElements).toBe(0);

  // Theming: documented custom properties and part names.
  expect(await style(title, 'text-transform')).toBe('uppercase');
  const more = post.getByRole('link', { name: READ_ON });
  expect(await style(more, 'color')).toBe('rgb(0, 128, 0)');
  await expect(more).toHaveAttribute('href', `${CONTENT}${SEED_PATH}`);

  await expect(page.locator('folio-post#missing').getByText('Post not found')).toBeVisible();
  await expect(page.locator('folio-post#by-json').getByRole('heading', { level: 1 })).toBeVisible();
  expect((await recorded(page)).violations).toEqual([]);
  // Folio loads no third-party script: only the embed itself, from the Folio site.
  expect([...new Set(scripts)]).toEqual([new URL(CONTENT).origin]);
});

test('the latest posts render as cards linking to each post', async ({ page }) => {
  await openHostPage(page, 'post.html');
  const cards = page.locator('folio-posts#posts').getByRole('listitem');
  await expect(cards).toHaveCount(3);
  const link = cards.first().getByRole('link');
  expect(await link.getAttribute('href')).toMatch(new RegExp(`^${CONTENT}blog/[^/]+/$`));
  expect(await style(link, 'color')).not.toBe(RED);
  expect((await recorded(page)).violations).toEqual([]);
});

test('the elements tell the host what the reader does, with typed events', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHostPage(page, 'post.html');
  const post = page.locator('folio-post#post');
  await expect(post.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(async () => (await recorded(page)).events.filter((e) => e.type === 'folio:view'))
    .toContainEqual({
      type: 'folio:view',
      target: 'post',
      detail: { kind: 'post', url: `${CONTENT}${SEED_PATH}`, title: SEED_TITLE },
    });

  const heading = post.getByRole('heading', { level: 2 }).first();
  await heading.hover();
  const anchor = heading.getByRole('link');
  const id = await heading.getAttribute('id');
  await anchor.click();
  await expect
    .poll(async () => (await recorded(page)).events.filter((e) => e.type === 'folio:anchor-copy'))
    .toEqual([
      {
        type: 'folio:anchor-copy',
        target: 'post',
        detail: { url: `${CONTENT}${SEED_PATH}#${id}`, sectionId: id, copied: true },
      },
    ]);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${CONTENT}${SEED_PATH}#${id}`,
  );

  await post.getByRole('link', { name: READ_ON }).click();
  await expect
    .poll(async () => (await recorded(page)).events.filter((e) => e.type === 'folio:navigate'))
    .toEqual([
      { type: 'folio:navigate', target: 'post', detail: { url: `${CONTENT}${SEED_PATH}` } },
    ]);
  // The host cancelled it, so the reader is still on the host page.
  expect(page.url()).toMatch(/\/post\.html$/);
});

test('attributes are reactive: a new src shows the new post', async ({ page }) => {
  await openHostPage(page, 'post.html');
  const post = page.locator('folio-post#missing');
  await expect(post.getByText('Post not found')).toBeVisible();
  await post.evaluate((element, src) => element.setAttribute('src', src), `${CONTENT}${SEED_PATH}`);
  await expect(post.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
  await expect(post.getByText('Post not found')).toHaveCount(0);
  // The same post in full: drawn again from what was loaded.
  await post.evaluate((element) => element.setAttribute('view', 'full'));
  await expect(post.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(post.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

test('iframe mode: the embed page sizes its iframe through postMessage', async ({ page }) => {
  await openHostPage(page, 'iframe.html');
  const frame = page.frameLocator('iframe.folio-embed');
  await expect(frame.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  const contentHeight = () =>
    frame.locator('.folio-main').evaluate((element) => element.getBoundingClientRect().height);
  const iframe = page.locator('iframe.folio-embed');
  await expect
    .poll(async () => Number(await iframe.getAttribute('height')))
    .toBe(Math.ceil(await contentHeight()));
  expect(Number(await iframe.getAttribute('height'))).toBeGreaterThan(600);
  // Links leave the frame for the host's tab.
  const more = frame.getByRole('link', { name: /^Read on / });
  await expect(more).toHaveAttribute('target', '_top');
  expect((await recorded(page)).violations).toEqual([]);
});

test('the post page names its oEmbed JSON, whose html is the iframe', async ({ request }) => {
  const html = await (await request.get(`${CONTENT}${SEED_PATH}`)).text();
  const href = /<link[^>]*type="application\/json\+oembed"[^>]*href="([^"]+)"/.exec(html)?.[1];
  expect(href).toBe(`https://folio.example.com/${SEED_PATH}embed/oembed.json`);
  const oembed: unknown = await (
    await request.get(`${CONTENT}${SEED_PATH}embed/oembed.json`)
  ).json();
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    title: SEED_TITLE,
    author_name: 'Michael Ducy',
    provider_name: 'Folio',
    html: expect.stringContaining(`src="https://folio.example.com/${SEED_PATH}embed/"`),
  });
});

test('under a base path, the post, its links and the list all work', async ({ page }) => {
  await openHostPage(page, 'base-path.html');
  const post = page.locator('folio-post#post');
  await expect(post.getByRole('heading', { level: 2, name: SEED_TITLE })).toBeVisible();
  await expect(
    post.getByRole('link', { name: `Read on ${new URL(BASE_CONTENT).host}` }),
  ).toHaveAttribute('href', `${BASE_CONTENT}${SEED_PATH}`);
  const cards = page.locator('folio-posts#posts').getByRole('listitem');
  await expect(cards).toHaveCount(2);
  expect(await cards.first().getByRole('link').getAttribute('href')).toMatch(
    new RegExp(`^${BASE_CONTENT}blog/[^/]+/$`),
  );
  expect((await recorded(page)).violations).toEqual([]);
});

test('under a base path, the iframe variant renders the post', async ({ page }) => {
  await page.goto(`${BASE_CONTENT}${SEED_PATH}embed/`);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Read on / })).toHaveAttribute(
    'href',
    `https://folio.example.com/blog/${SEED_PATH}`,
  );
});

test('under a base path, _headers lets other origins read the data and frame the embeds', async () => {
  const port = process.env.FOLIO_E2E_EMBED_BASE_PORT ?? 5683;
  const headers = await readFile(`dist-e2e-${port}/_headers`, 'utf8');
  for (const files of ['/blog/folio-data/*', '/blog/folio-embed.js', '/blog/*/embed/oembed.json']) {
    expect(headers).toContain(`${files}\n  Access-Control-Allow-Origin: *\n`);
  }
  expect(headers).toMatch(
    /^\/blog\/\*\/embed\/\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'self'.*; frame-ancestors \*$/m,
  );
});
