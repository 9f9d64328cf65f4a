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
      { file: relative(process.cwd(), join(dir, 'a.markdown')), text: 'A', warnings: [] },
      { file: relative(process.cwd(), join(dir, 'b.md')), text: 'B', warnings: [] },
    ]);
    expect(await readPostFile(join(dir, 'b.md'))).toEqual(files[1]);
  });

  it('decodes the bytes itself: UTF-8 with BOM, UTF-16 LE and BE with BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-read-'));
    const text = '---\npost_title: Café — 日本\n---\n';
    writeFileSync(
      join(dir, 'a.md'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    writeFileSync(
      join(dir, 'b.md'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const be = Buffer.from(text, 'utf16le').swap16();
    writeFileSync(join(dir, 'c.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const files = await readPostFiles(dir);
    expect(files.map((f) => f.text)).toEqual([text, text, text]);
    expect(files.flatMap((f) => f.warnings)).toEqual([]);
  });

  it('replaces bytes that are not UTF-8 and warns naming each line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-read-'));
    const path = join(dir, 'latin1.md');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('ok\nCaf'), Buffer.from([0xe9]), Buffer.from('\nok\n\xff')]),
    );
    // (the last line is the two UTF-8 bytes of "ÿ", which is valid)
    const { text, warnings } = await readPostFile(path);
    expect(text).toBe('ok\nCaf\uFFFD\nok\nÿ');
    expect(warnings.map((w) => [w.line, w.severity])).toEqual([[2, 'warning']]);
  });
});
