import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPostFile, readPostFiles } from '../../src/compiler/read-posts.ts';

describe('readPostFiles', () => {
  it('reads the .md and .markdown files directly in the folder, sorted by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-read-'));
    writeFileSync(join(dir, 'b.md'), 'B');
    writeFileSync(join(dir, 'a.markdown'), 'A');
    writeFileSync(join(dir, 'notes.txt'), 'no');
    mkdirSync(join(dir, '_pages'));
    writeFileSync(join(dir, '_pages', 'about.md'), 'no');
    const files = await readPostFiles(dir);
    expect(files).toEqual([
      { file: relative(process.cwd(), join(dir, 'a.markdown')), text: 'A' },
      { file: relative(process.cwd(), join(dir, 'b.md')), text: 'B' },
    ]);
    expect(await readPostFile(join(dir, 'b.md'))).toEqual(files[1]);
  });
});
