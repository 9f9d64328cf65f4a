import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/compiler/diagnostic.ts';
import { createCompileCache } from '../../src/builder/compile-cache.ts';
import { searchTextIn, withBody } from '../../src/builder/post-bodies.ts';
import { compilePosts } from '../../src/builder/compile-posts.ts';
import { createWorkerPool, type WorkerPool } from '../../src/builder/worker-pool.ts';

const config = { origin: 'https://blog.example.com', timeZone: 'UTC' };
const silent = { tick() {}, done() {} };
const dirs: string[] = [];

function post(index: number, body = `Post number ${index}.`) {
  return {
    file: `posts/2020-01-01-p${index}.md`,
    text: `---\nID: ${index + 1}\npost_title: Post ${index}\nauthor: A\npermalink: https://old.example.com/blog/p${index}/\npublished: true\npost_date: 2020-01-01 10:00:00\n---\n${body}\n`,
  };
}

const threads = createWorkerPool(2);
/** The real pool, counting the posts it was given. */
const pool: WorkerPool & { compiled: number } = {
  size: threads.size,
  compiled: 0,
  compile(task) {
    pool.compiled++;
    return threads.compile(task);
  },
  readHeaders: (task) => threads.readHeaders(task),
  render: (task) => threads.render(task),
  close: () => threads.close(),
};

afterAll(async () => {
  await pool.close();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('compilePosts', () => {
  it('compiles on worker threads, in input order, and never recompiles an unchanged post', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'folio-cache-'));
    dirs.push(dir);
    const cache = createCompileCache(dir, 'test-version');
    const inputs = Array.from({ length: 60 }, (_, index) => post(index));

    const cold = await compilePosts(inputs, { config, cache, progress: silent, pool });
    expect(pool.compiled).toBe(60);
    expect(cold.map((entry) => entry.file)).toEqual(inputs.map((input) => input.file));
    expect(cold.every((entry) => entry.result.ok && !entry.cached)).toBe(true);
    const titles = cold.map(({ result }) => (result.ok ? result.post.title : ''));
    expect(titles.slice(0, 3)).toEqual(['Post 0', 'Post 1', 'Post 2']);

    const changed = inputs.map((input, index) => (index === 5 ? post(5, 'Edited.') : input));
    const warm = await compilePosts(changed, { config, cache, progress: silent, pool });
    expect(warm.filter((entry) => !entry.cached).map((entry) => entry.file)).toEqual([
      'posts/2020-01-01-p5.md',
    ]);
    const edited = warm[5]?.result;
    expect(edited?.ok && edited.post.sections[0]?.html).toBe('<p>Edited.</p>');
  });

  it('misses every entry when the compiler version or config changes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'folio-cache-'));
    dirs.push(dir);
    const inputs = [post(1)];
    await compilePosts(inputs, { config, cache: createCompileCache(dir, 'v1'), progress: silent });
    const again = await compilePosts(inputs, {
      config,
      cache: createCompileCache(dir, 'v2'),
      progress: silent,
    });
    expect(again[0]?.cached).toBe(false);
    const otherZone = await compilePosts(inputs, {
      config: { ...config, timeZone: 'Europe/Paris' },
      cache: createCompileCache(dir, 'v2'),
      progress: silent,
    });
    expect(otherZone[0]?.cached).toBe(false);
  });

  it('gives lean results when asked, their body and text left in the cache entry', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'folio-cache-'));
    dirs.push(dir);
    const cache = createCompileCache(dir, 'test-version');
    const inputs = Array.from({ length: 50 }, (_, index) => post(index, `Body ${index}.`));
    const check = (entries: Awaited<ReturnType<typeof compilePosts>>) => {
      for (const [index, { result, cacheFile }] of entries.entries()) {
        if (!result.ok || cacheFile === null) throw new Error('expected a cached post');
        expect(result.post.sections).toEqual([]);
        expect(result.searchText).toBe('');
        expect(withBody(result.post, cacheFile).sections[0]?.html).toBe(`<p>Body ${index}.</p>`);
        expect(searchTextIn(result.post, cacheFile)).toBe(`Body ${index}.`);
      }
    };
    // Compiled on workers, then read from the cache.
    check(await compilePosts(inputs, { config, cache, progress: silent, pool, lean: true }));
    check(await compilePosts(inputs, { config, cache, progress: silent, lean: true }));
    // Without a cache there is nowhere to leave them: results are whole.
    const uncached = await compilePosts(inputs.slice(0, 1), {
      config,
      cache: null,
      progress: silent,
      lean: true,
    });
    const [whole] = uncached;
    expect(whole?.result.ok && whole.result.searchText).toBe('Body 0.');
  });

  it('keeps what decoding found when posts compile on worker threads', async () => {
    const warning: Diagnostic = {
      file: 'posts/2020-01-01-p0.md',
      line: 9,
      field: 'body',
      message: 'Line 9 is not valid UTF-8',
      severity: 'warning',
    };
    const inputs = Array.from({ length: 50 }, (_, index) => ({
      ...post(index),
      warnings: index === 0 ? [warning] : [],
    }));
    const compiled = await compilePosts(inputs, {
      config,
      cache: null,
      progress: silent,
      pool,
    });
    expect(compiled[0]?.result.warnings).toContainEqual(warning);
  });
});
