import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { createCompileCache } from '../../src/builder/compile-cache.ts';
import { searchTextIn, withBody } from '../../src/builder/post-bodies.ts';

const config = { origin: 'https://blog.example.com', timeZone: 'UTC' };
const input = {
  file: 'posts/2020-01-01-hello.md',
  text: '---\nID: 1\npost_title: Hello\nauthor: A\npermalink: https://old.example.com/blog/hello/\npublished: true\npost_date: 2020-01-01 10:00:00\n---\nFirst words.\n',
};
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function stored() {
  const dir = await mkdtemp(path.join(tmpdir(), 'folio-cache-'));
  dirs.push(dir);
  const cache = createCompileCache(dir, 'test-version');
  const result = await compilePost(input, config);
  const key = cache.keyOf(input, config);
  await cache.set(key, result);
  return { cache, result, key, file: cache.fileOf(key) };
}

describe('the compile cache', () => {
  it('gives back the whole result, or the lean one with the body left on disk', async () => {
    const { cache, result, key, file } = await stored();
    expect(await cache.get(key)).toEqual(result);
    const lean = await cache.getLean(key);
    if (!lean?.ok || !result.ok) throw new Error('expected a compiled post');
    expect(lean.post.sections).toEqual([]);
    expect(lean.searchText).toBe('');
    expect(lean.post.title).toBe('Hello');
    expect(withBody(lean.post, file)).toEqual(result.post);
    expect(searchTextIn(lean.post, file)).toBe('First words.');
  });

  it('has no entry when its body is gone, and says so to a reader of the body', async () => {
    const { cache, key, file } = await stored();
    const lean = await cache.getLean(key);
    if (!lean?.ok) throw new Error('expected a compiled post');
    await unlink(file.replace(/\.json$/, '.body.json'));
    expect(await cache.get(key)).toBeUndefined();
    expect(await cache.getLean(key)).toBeUndefined();
    expect(() => withBody(lean.post, file)).toThrow(
      /posts\/2020-01-01-hello\.md: its compiled body is gone from the compile cache/,
    );
  });

  it('stores entries again after its folder was deleted under it', async () => {
    const { cache, result, key, file } = await stored();
    await rm(path.dirname(path.dirname(file)), { recursive: true });
    await cache.set(key, result);
    expect(await cache.get(key)).toEqual(result);
  });

  it('keys an entry by what decoding found too: one text may come from other bytes', () => {
    const cache = createCompileCache('/nowhere', 'test-version');
    const warning = {
      file: input.file,
      line: 1,
      field: 'encoding',
      message: 'UTF-16 without a byte-order mark',
      severity: 'warning' as const,
    };
    expect(cache.keyOf({ ...input, warnings: [warning] }, config)).not.toBe(
      cache.keyOf(input, config),
    );
  });
});
