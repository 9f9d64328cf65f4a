import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixturePosts = path.join(import.meta.dirname, 'fixtures', 'site-ok', 'posts');
let postsDir = '';

afterAll(async () => {
  if (postsDir) await rm(postsDir, { recursive: true, force: true });
});

describe('npm run new', () => {
  it('writes a draft into the posts folder and prints its preview URL', async () => {
    postsDir = await mkdtemp(path.join(tmpdir(), 'folio-new-'));
    await cp(fixturePosts, postsDir, { recursive: true });
    const { stdout } = await run(
      'npx',
      ['tsx', 'src/vite-plugin/new-post-cli.ts', 'Hello, new world', '--author', 'Ada Lovelace'],
      { env: { ...process.env, FOLIO_POSTS: postsDir } },
    );
    const created = (await readdir(postsDir)).filter((name) =>
      name.endsWith('-hello-new-world.md'),
    );
    expect(created).toHaveLength(1);
    const text = await readFile(path.join(postsDir, created[0] ?? ''), 'utf8');
    expect(text).toContain('ID: 7\n'); // after the highest ID of the fixture posts (6)
    expect(text).toContain('published: false');
    expect(text).toContain('permalink: https://old.example.com/blog/hello-new-world/');
    expect(stdout).toMatch(/Preview: http:\/\/localhost:\d+\/blog\/hello-new-world\//);
  });
});
