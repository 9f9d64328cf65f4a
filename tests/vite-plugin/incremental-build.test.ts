import { appendFile, cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, filesOf } from './build-site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/site-ok');
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A copy of the fixture site whose posts the test may edit. */
async function siteCopy(): Promise<string> {
  const root = await temporaryDir('folio-incremental-');
  await cp(fixture, root, { recursive: true });
  return root;
}

describe('a rebuild into the same folder', () => {
  it('writes only what changed, removes what is gone, and equals a clean build', async () => {
    const root = await siteCopy();
    const outDir = await temporaryDir('folio-out-');
    const cacheDir = await temporaryDir('folio-cache-');
    await buildSite(root, { outDir, cacheDir });

    const untouched = path.join(outDir, '2020/02/01/second/index.html');
    const before = (await stat(untouched)).mtimeMs;
    await writeFile(path.join(outDir, 'left-over.html'), 'from an older build');
    await appendFile(path.join(root, 'posts/2020-01-01-first.md'), '\nA new closing line.\n');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await buildSite(root, { outDir, cacheDir });

    const rebuilt = await filesOf(outDir);
    expect(rebuilt.get('blog/first/index.html')).toContain('A new closing line.');
    expect(rebuilt.has('left-over.html')).toBe(false);
    // A page whose inputs did not change was not written again.
    expect((await stat(untouched)).mtimeMs).toBe(before);

    const cleanDir = await temporaryDir('folio-clean-');
    await buildSite(root, { outDir: cleanDir, cacheDir: await temporaryDir('folio-cache-') });
    expect(rebuilt).toEqual(await filesOf(cleanDir));
  }, 60_000);

  it('writes every page again when the output was changed behind its back', async () => {
    const root = await siteCopy();
    const outDir = await temporaryDir('folio-out-');
    const cacheDir = await temporaryDir('folio-cache-');
    await buildSite(root, { outDir, cacheDir });
    await rm(path.join(outDir, '2020/02/01/second'), { recursive: true });
    await buildSite(root, { outDir, cacheDir });
    expect(await readFile(path.join(outDir, '2020/02/01/second/index.html'), 'utf8')).toContain(
      '<h1',
    );
  }, 60_000);
});
