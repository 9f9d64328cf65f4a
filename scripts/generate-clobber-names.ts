/**
 * Writes src/compiler/body/clobber-names.ts again (`npm run clobber-names`): every property
 * name along the prototype chains of window, document, <html> and <body> on a blank page of
 * the system Chromium (Debian: `apt-get install chromium`; CHROME_PATH overrides
 * /usr/bin/chromium), plus the names scripts/clobber-names-file.ts adds by hand.
 *
 *   npx tsx scripts/generate-clobber-names.ts           # rewrite the file
 *   npx tsx scripts/generate-clobber-names.ts --check   # exit 1 if it is not current
 *
 * A newer Chromium lists more names: regenerate after upgrading it, and review the diff.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CLOBBER_NAMES_FILE, clobberNamesFile } from './clobber-names-file.ts';

const target = fileURLToPath(new URL(`../${CLOBBER_NAMES_FILE}`, import.meta.url));
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
});
let names: string[];
try {
  const page = await browser.newPage();
  // A page set in place (about:blank) is no secure context, so APIs that only secure pages
  // have (and a post could therefore not shadow there) stay out, as in the committed list.
  await page.setContent('<!doctype html><html><head></head><body></body></html>');
  names = await page.evaluate(() => {
    const found = new Set<string>();
    for (const start of [window, document, document.documentElement, document.body]) {
      for (let object: object | null = start; object !== null;) {
        for (const name of Object.getOwnPropertyNames(object)) found.add(name);
        object = Object.getPrototypeOf(object);
      }
    }
    return [...found];
  });
} finally {
  await browser.close();
}

const text = clobberNamesFile(names);
if (values.check) {
  const current = await readFile(target, 'utf8');
  if (current !== text) {
    console.error(
      `${CLOBBER_NAMES_FILE} is not what this Chromium lists: run npm run clobber-names`,
    );
    process.exit(1);
  }
  console.log(`${CLOBBER_NAMES_FILE} is current`);
} else {
  await writeFile(target, text);
  console.log(`wrote ${CLOBBER_NAMES_FILE}`);
}
