import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
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

it('the site build publishes folio-embed.js, keeps it on a rebuild, and lets others load it', async () => {
  const outDir = await temporaryDir('folio-embed-out-');
  const cacheDir = await temporaryDir('folio-embed-cache-');
  await buildSite(fixture, { outDir, cacheDir, base: '/blog/' });
  const first = await readFile(path.join(outDir, 'folio-embed.js'), 'utf8');
  // A rebuild into the same folder (emptied: stale files swept) keeps it, unchanged.
  await buildSite(fixture, { outDir, cacheDir, base: '/blog/' });
  const files = await filesOf(outDir);
  expect(files.get('folio-embed.js')).toBe(first);

  // One self-contained module that defines both elements, with no framework in it.
  expect(first).toContain('folio-post');
  expect(first).toContain('folio-posts');
  expect(first).not.toMatch(/\bimport\s*[{"'*]/);
  expect(first).not.toContain('react');
  expect(gzipSync(first, { level: 9 }).length).toBeLessThanOrEqual(25 * 1024);

  expect(files.get('_headers')).toContain(
    '/blog/folio-embed.js\n  Access-Control-Allow-Origin: *\n  Cache-Control: no-cache\n',
  );
}, 60_000);
