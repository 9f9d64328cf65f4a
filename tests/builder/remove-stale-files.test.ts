import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listOutputFiles, removeStaleFiles } from '../../src/builder/remove-stale-files.ts';
import { viteWouldEmpty } from '../../src/vite-plugin/vite-output.ts';

const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function outputWith(files: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'folio-stale-'));
  dirs.push(dir);
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), file);
  }
  return dir;
}

describe('removeStaleFiles', () => {
  it('deletes what the build did not write or keep, and the folders left empty', async () => {
    const dir = await outputWith([
      'index.html',
      'blog/kept/index.html',
      'blog/gone/index.html',
      'blog/gone/embed/index.html',
      'assets/main-old.js',
      'assets/main-new.js',
    ]);
    await mkdir(path.join(dir, 'empty/inside'), { recursive: true });
    const listing = listOutputFiles(dir);
    expect([...listing.files].sort()).toEqual([
      'assets/main-new.js',
      'assets/main-old.js',
      'blog/gone/embed/index.html',
      'blog/gone/index.html',
      'blog/kept/index.html',
      'index.html',
    ]);
    const removed = removeStaleFiles(
      dir,
      listing,
      new Set(['index.html', 'blog/kept/index.html', 'assets/main-new.js']),
    );
    expect(removed).toBe(3);
    const left = await readdir(dir, { recursive: true });
    expect(left.sort()).toEqual([
      'assets',
      'assets/main-new.js',
      'blog',
      'blog/kept',
      'blog/kept/index.html',
      'index.html',
    ]);
  });

  it('keeps a folder whose listed files are all stale when the build wrote into it since', async () => {
    const dir = await outputWith(['search/posts/old-0.json', 'blog/gone/index.html']);
    const listing = listOutputFiles(dir);
    await writeFile(path.join(dir, 'search/posts/new-0.json'), '{}');
    expect(removeStaleFiles(dir, listing, new Set(['search/posts/new-0.json']))).toBe(2);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual([
      'search',
      'search/posts',
      'search/posts/new-0.json',
    ]);
  });

  it('leaves a .git at the top alone, as Vite does when it empties a folder', async () => {
    const dir = await outputWith(['.git/HEAD', '.git/objects/ab/cd', 'old.html']);
    const listing = listOutputFiles(dir);
    expect([...listing.files]).toEqual(['old.html']);
    expect(removeStaleFiles(dir, listing, new Set())).toBe(1);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual([
      '.git',
      '.git/HEAD',
      '.git/objects',
      '.git/objects/ab',
      '.git/objects/ab/cd',
    ]);
  });
});

describe('listOutputFiles', () => {
  it('finds nothing in a folder that does not exist yet', () => {
    const listing = listOutputFiles(path.join(tmpdir(), 'folio-no-such-folder', 'dist'));
    expect(listing.files.size).toBe(0);
  });
});

describe('viteWouldEmpty: when Folio empties the output folder in Vite’s place', () => {
  it('follows build.emptyOutDir, else only a folder inside the project root', () => {
    expect(viteWouldEmpty(undefined, '/site/dist', '/site')).toBe(true);
    expect(viteWouldEmpty(undefined, '/elsewhere/dist', '/site')).toBe(false);
    expect(viteWouldEmpty(undefined, '/site', '/site')).toBe(false);
    expect(viteWouldEmpty(true, '/elsewhere/dist', '/site')).toBe(true);
    expect(viteWouldEmpty(false, '/site/dist', '/site')).toBe(false);
  });
});
