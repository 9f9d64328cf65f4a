import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app-ready.ts';

/**
 * axe-core on every kind of page, in both themes, on a wide and a phone-sized screen:
 * WCAG 2.1 A and AA (colour contrast included) and axe's best practices (landmarks, one
 * h1, unique landmark names…). Zero violations is the bar.
 */
const PAGES = [
  { name: 'the index', path: '/', heading: /^Posts/ },
  { name: 'a long post', path: '/blog/2018-docker-usage-report/', heading: /Docker Usage Report/ },
  {
    name: 'a post with a table of contents',
    path: '/blog/three-ways-red-hat-acquiring-coreos-helps-cloud-native/',
    heading: /Red Hat Acquiring CoreOS/,
  },
  { name: 'a 404', path: '/no-such-page/', heading: /^Page not found$/ },
  // The search page itself, not the 404 it would be without its route.
  { name: 'search', path: '/search/?q=sysdig', heading: /search/i, notHeading: /not found/i },
];

const THEMES = ['light', 'dark'] as const;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Every rule on the whole page, except that heading order is checked outside post bodies:
 * an author's `<h4>` straight after the title is the post as written (a best practice, not
 * a WCAG failure), while the app's own h1 → h2 structure must stay in order.
 */
async function violations(page: Page) {
  const everything = await new AxeBuilder({ page })
    .withTags(TAGS)
    .disableRules(['heading-order'])
    .analyze();
  const headings = await new AxeBuilder({ page })
    .withRules(['heading-order'])
    .exclude('.folio-prose')
    .analyze();
  const results = [...everything.violations, ...headings.violations];
  // Names and the offending markup, so a failure says what to fix.
  return results.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}

for (const { name, path, heading, notHeading } of PAGES) {
  for (const theme of THEMES) {
    test(`axe finds nothing on ${name} in the ${theme} theme`, async ({ page, context }) => {
      // Four axe passes over a long page: slow on a busy 2-core machine.
      test.slow();
      await context.addInitScript((choice) => {
        localStorage.setItem('folio-theme', choice);
      }, theme);
      await gotoApp(page, path);
      // The app has hydrated (the switch is interactive) and the page has its h1.
      await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute(
        'aria-pressed',
        String(theme === 'dark'),
      );
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveCount(1);
      await expect(h1).toHaveText(heading);
      if (notHeading) await expect(h1).not.toHaveText(notHeading);
      expect(await violations(page)).toEqual([]);

      await page.setViewportSize({ width: 375, height: 800 });
      expect(await violations(page)).toEqual([]);
    });
  }
}
