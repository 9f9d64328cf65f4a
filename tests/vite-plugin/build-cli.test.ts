import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../src/vite-plugin/build-args.ts';

const run = promisify(execFile);
const fixturePosts = path.join(import.meta.dirname, 'fixtures', 'site-ok', 'posts');
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm run build flags', () => {
  it("passes Vite's build flags on", () => {
    const args = parseBuildArgs([
      '--outDir',
      'out',
      '--no-emptyOutDir',
      '--sourcemap',
      '-m',
      'staging',
    ]);
    expect(args).toEqual({
      ok: true,
      config: { build: { outDir: 'out', emptyOutDir: false, sourcemap: true }, mode: 'staging' },
    });
    expect(parseBuildArgs(['--skip-invalid'])).toEqual({ ok: true, config: { build: {} } });
  });

  it('refuses an unknown flag, or one Folio decides itself, by name', () => {
    const unknown = parseBuildArgs(['--outdir', 'x']);
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message).toContain("'--outdir'");
    const base = parseBuildArgs(['--base=/blog/']);
    expect(!base.ok && base.message).toContain('FOLIO_BASE');
    expect(parseBuildArgs(['--minify', 'maybe']).ok).toBe(false);
  });

  it('builds into the folder --outDir names, and exits 2 on an unknown flag', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'folio-out-'));
    dirs.push(outDir);
    const env = { ...process.env, FOLIO_POSTS: fixturePosts };
    await run('npx', ['tsx', 'src/vite-plugin/build-cli.ts', '--outDir', outDir], { env });
    const written = await readdir(outDir);
    expect(written).toContain('index.html');
    expect(written).toContain('folio-data');

    const refused = run('npx', ['tsx', 'src/vite-plugin/build-cli.ts', '--out-dir', outDir], {
      env,
    });
    await expect(refused).rejects.toMatchObject({ code: 2 });
    await expect(refused).rejects.toMatchObject({ stderr: expect.stringContaining("'--out-dir'") });
  }, 120_000);
});
