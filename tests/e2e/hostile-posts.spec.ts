import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app-ready.ts';
import { headerContentSecurityPolicy } from '../../src/compiler/site/security-headers.ts';
import { EVENT_HANDLERS } from '../security/generated-hostile-posts.ts';

/**
 * Opens every post of tests/security/hostile-posts in Chromium and fails on anything that
 * runs or reaches out: a call to alert/confirm/prompt/print (in any frame), a dialog, an
 * uncaught error, a request to a host other than 127.0.0.1, a CSP violation, a navigation
 * away, a popup. It also checks in the live DOM what the sanitizer must guarantee on its own,
 * because a CSP does not stop meta refresh, foreign prefetches, tabnabbing, DOM clobbering or
 * overlays.
 *
 * Runs in two projects (playwright.config.ts): `hostile-preview` (production build) under
 * the CSP the build ships in every page, enforced; `hostile-dev` under the same policy,
 * report-only and added by this harness (Vite's dev server injects inline scripts and styles,
 * and ships no CSP of its own).
 */
const DEV_POLICY = headerContentSecurityPolicy()
  // 'report-sample' adds the first characters of a blocked script to the report.
  .replace("script-src 'self'", "script-src 'self' 'report-sample'")
  .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'");

/**
 * The posts' own WordPress host: their images and media are hotlinked from it by design
 * (relative URLs resolve there). Every other host is foreign.
 */
const OLD_HOST = 'hostile.example';

const slugs = readdirSync(join(import.meta.dirname, '../security/hostile-posts'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''))
  .sort();

/** Inline scripts Vite's dev server itself adds (HMR client, React refresh preamble). */
const DEV_SERVER_SAMPLES = /@react-refresh|injectIntoGlobalHook|@vite\/client|__vite/;

interface Incident {
  kind: string;
  detail: string;
}

/** Installs every hook before the page loads; returns the list incidents are added to. */
async function watch(page: Page, enforce: boolean): Promise<Incident[]> {
  const incidents: Incident[] = [];
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const add = (kind: string, detail: string) => incidents.push({ kind, detail });

  await page.exposeFunction('__folioReport', (kind: string, detail: string) => add(kind, detail));
  await page.addInitScript(() => {
    const report = (kind: string, detail: string) => {
      const sink: unknown = Reflect.get(window, '__folioReport');
      if (typeof sink === 'function') void sink(kind, detail);
    };
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      Reflect.set(window, name, (...args: unknown[]) => {
        report('execution', `${name}(${args.map(String).join(', ')}) in ${location.href}`);
        return null;
      });
    }
    document.addEventListener('securitypolicyviolation', (event) => {
      report(
        'csp-violation',
        JSON.stringify({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: event.sourceFile,
          line: event.lineNumber,
          disposition: event.disposition,
        }),
      );
    });
  });

  await page.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.hostname === OLD_HOST) return route.abort('blockedbyclient');
    if (url.hostname !== '127.0.0.1' && !['data:', 'blob:'].includes(url.protocol)) {
      add('foreign-request', `${request.resourceType()} ${request.url()}`);
      return route.abort('blockedbyclient');
    }
    // The production build's pages carry their own CSP: test that one, as shipped.
    if (enforce || request.resourceType() !== 'document' || url.origin !== origin) {
      return route.fallback();
    }
    const response = await route.fetch();
    return route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy-report-only': DEV_POLICY },
    });
  });
  page.on('dialog', (dialog) => {
    add('dialog', `${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => add('page-error', error.message));
  page.on('popup', (popup) => add('popup', popup.url()));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // A post's broken image is content, not execution; CSP reports arrive as violations.
    if (/^Failed to load resource/.test(text) || /Content Security Policy/.test(text)) return;
    add('console-error', text);
  });
  return incidents;
}

/** Incidents that are failures: in report-only dev mode, the dev server's own inline scripts are not. */
function failures(incidents: Incident[], enforce: boolean): Incident[] {
  return incidents.filter(
    (incident) =>
      enforce || incident.kind !== 'csp-violation' || !DEV_SERVER_SAMPLES.test(incident.detail),
  );
}

/** What the sanitizer must guarantee in the DOM, whatever the CSP does. */
async function domProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const prose = [...document.querySelectorAll('article .folio-prose')];
    const inside = prose.flatMap((root) => [...root.querySelectorAll('*')]);
    const forbidden =
      'script, style, link, meta, base, iframe:not([src^="https://www.youtube-nocookie.com/"]):not([src^="https://player.vimeo.com/"]), iframe[srcdoc], object, embed, applet, form, input, button, textarea, select, frame, frameset, portal, template, noscript, svg, math';
    for (const element of inside) {
      const tag = element.tagName.toLowerCase();
      if (element.matches(forbidden)) problems.push(`<${tag}> in the article`);
      for (const attribute of element.getAttributeNames()) {
        if (attribute.toLowerCase().startsWith('on')) problems.push(`<${tag} ${attribute}>`);
      }
      for (const attribute of ['href', 'src', 'action', 'formaction', 'poster', 'xlink:href']) {
        // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme
        const value = element.getAttribute(attribute)?.replace(/[\u0000-\u0020]/g, '') ?? '';
        if (/^(?:javascript|vbscript|data|livescript):/i.test(value)) {
          problems.push(`<${tag} ${attribute}="${value.slice(0, 40)}">`);
        }
      }
      const style = getComputedStyle(element);
      if (style.position === 'fixed' || style.position === 'sticky') {
        problems.push(`<${tag}> is position: ${style.position}`);
      }
      if (!['auto', '0', ''].includes(style.zIndex)) {
        problems.push(`<${tag}> has z-index ${style.zIndex}`);
      }
      if (parseFloat(style.marginTop) < 0 || parseFloat(style.marginLeft) < 0) {
        problems.push(`<${tag}> has a negative margin`);
      }
      if (/url\(/.test(style.backgroundImage)) {
        problems.push(`<${tag}> has a background image ${style.backgroundImage.slice(0, 60)}`);
      }
      if ([...element.classList].some((name) => name.startsWith('folio-'))) {
        problems.push(`<${tag} class="${element.className}"> uses the app's class names`);
      }
      if (element.matches('a[target], area[target]')) {
        const target = element.getAttribute('target')?.toLowerCase();
        const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        if (target !== '_self' && !(rel.includes('noopener') && rel.includes('noreferrer'))) {
          problems.push(`<${tag} target="${target}"> without rel="noopener noreferrer"`);
        }
      }
    }
    if (document.querySelector('base')) problems.push('a <base> element in the document');
    if (document.querySelector('body meta[http-equiv]')) problems.push('meta http-equiv in body');
    if (document.baseURI !== location.href) problems.push(`baseURI is ${document.baseURI}`);
    // DOM clobbering: what the app and the browser rely on is still itself.
    if (typeof document.getElementById !== 'function') problems.push('document.getElementById');
    if (typeof document.querySelector !== 'function') problems.push('document.querySelector');
    if (!(window.location instanceof Location)) problems.push('window.location');
    if (!(document.body instanceof HTMLBodyElement)) problems.push('document.body');
    if (typeof document.cookie !== 'string') problems.push('document.cookie');
    if (document.defaultView !== window) problems.push('document.defaultView');
    if (typeof window.fetch !== 'function') problems.push('window.fetch');
    if (window.top !== window) problems.push('window.top');
    // Markup from a post does not hide the page.
    if (getComputedStyle(document.body).display === 'none') problems.push('body is hidden');
    for (const root of prose) {
      if (getComputedStyle(root).visibility === 'hidden') problems.push('article is hidden');
    }
    return problems;
  });
}

for (const slug of slugs) {
  test(`hostile post ${slug}: nothing runs, nothing leaves, the article renders`, async ({
    page,
  }) => {
    const enforce = test.info().project.name.endsWith('preview');
    const incidents = await watch(page, enforce);
    const path = `/hostile/${slug}/`;
    await gotoApp(page, path);
    if (enforce) {
      // The shipped page enforces its own policy (no harness header in this project).
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
        'content',
        /script-src 'self';/,
      );
    }
    await expect(page.getByRole('article')).toContainText(
      `Canary paragraph for ${slug}: the article still renders.`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Give error handlers, animations and a meta refresh (0 s) the time to fire.
    await page.waitForLoadState('load');
    await page.waitForTimeout(1_000);
    expect(new URL(page.url()).pathname, 'the page navigated away').toBe(path);
    expect(failures(incidents, enforce)).toEqual([]);
    expect(await domProblems(page)).toEqual([]);
  });
}

test('entity-encoded markup is visible as text', async ({ page }) => {
  await gotoApp(page, '/hostile/entity-text/');
  const article = page.getByRole('article');
  await expect(article.locator('p', { hasText: /^<script>alert\(1\)<\/script>$/ })).toBeVisible();
  await expect(
    article.getByText('<img src=x onerror=alert(1)>', { exact: true }).first(),
  ).toBeVisible();
  await expect(article.getByText('&lt;b&gt;double&lt;/b&gt;')).toBeVisible();
  await expect(article.getByText('<svg onload=alert(1)>')).toBeVisible();
});

test('hostile front matter is text in the heading and the document title', async ({ page }) => {
  const title = '</title><script>alert(1)</script><img src=x onerror=alert(1)>';
  await gotoApp(page, '/hostile/hostile-front-matter/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('article')).toContainText('"}</script><script>alert(1)</script>');
  await expect(page).toHaveTitle(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await gotoApp(page, '/hostile/entity-title/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '<script>alert(1)</script> &lt;b&gt;',
  );
});

test('in-page links of a post still work after clobbering ids are defused', async ({ page }) => {
  await gotoApp(page, '/hostile/dom-clobbering/');
  for (const name of ['the first section', 'the named anchor']) {
    const link = page.getByRole('link', { name });
    const hash = (await link.getAttribute('href')) ?? '';
    expect(hash).toMatch(/^#./);
    const target = decodeURIComponent(hash.slice(1));
    const found = await page.evaluate(
      (id) => document.getElementById(id) !== null || document.getElementsByName(id).length > 0,
      target,
    );
    expect(found, `${hash} has a target`).toBe(true);
  }
  await page.getByRole('link', { name: 'the first section' }).click();
  await expect(page.getByRole('heading', { name: 'Section one' })).toBeInViewport();
});

test('the event handler list covers every on* property Chromium knows', async ({ page }) => {
  await gotoApp(page, '/hostile/event-handlers/');
  const known = await page.evaluate(() => {
    const names = new Set<string>();
    const sources = [window, Document.prototype, HTMLElement.prototype, SVGElement.prototype];
    for (const source of sources) {
      for (let object: object | null = source; object; object = Object.getPrototypeOf(object)) {
        for (const name of Object.getOwnPropertyNames(object)) {
          if (/^on[a-z]+$/.test(name)) names.add(name);
        }
      }
    }
    return [...names].sort();
  });
  expect(known.length).toBeGreaterThan(80);
  expect(known.filter((name) => !EVENT_HANDLERS.includes(name))).toEqual([]);
});
