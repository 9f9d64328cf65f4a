import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import {
  CLOBBER_NAMES_FILE,
  EXTRA_NAMES,
  clobberNamesFile,
} from '../../scripts/clobber-names-file.ts';
import { CLOBBER_NAMES } from '../../src/compiler/body/clobber-names.ts';

// Without a browser (the generator asks Chromium, whose list differs from version to version),
// this checks what can be checked offline and fast: the committed file is exactly what the
// generator writes for the names it holds (header, order, line packing), and every name
// added on purpose is in it. Whether the browser names are current is
// `npm run clobber-names -- --check`, which needs Chromium.
describe(CLOBBER_NAMES_FILE, () => {
  test('is in the form the generator writes, hand-added names included', async () => {
    const committed = await readFile(
      new URL(`../../${CLOBBER_NAMES_FILE}`, import.meta.url),
      'utf8',
    );
    expect(clobberNamesFile(CLOBBER_NAMES)).toBe(committed);
    for (const name of EXTRA_NAMES) expect(CLOBBER_NAMES).toContain(name);
  });

  test('would keep any browser name, sorted, and drop none of the hand-added ones', () => {
    const text = clobberNamesFile(['zebra', 'Alpha', 'alpha']);
    expect(text).toContain("'Alpha CONFIG __REACT_DEVTOOLS_GLOBAL_HOOK__");
    expect(text.indexOf('alpha')).toBeLessThan(text.indexOf('zebra'));
    for (const name of EXTRA_NAMES) expect(text).toContain(name);
  });
});
