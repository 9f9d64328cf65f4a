import { compilePost, type CompileInput, type CompileResult } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import { leanResult, type CompileCache } from './compile-cache.ts';
import type { Progress } from './progress-bar.ts';
import type { WorkerPool } from './worker-pool.ts';

/** Below this many posts to compile, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 48;
/** Cache reads in flight at once: enough to keep the disk busy, few enough for file handles. */
const READ_CONCURRENCY = 64;

export interface CompiledFile {
  file: string;
  result: CompileResult;
  /** True when the result came from the cache. */
  cached: boolean;
  /** The compile cache entry holding the result (null without a cache). */
  cacheFile: string | null;
}

/**
 * Compiles every input, in input order: cached results first, then the rest on the pool's
 * threads across the cores (or in this thread when there are only a few, or no pool). Work per post is
 * independent of every other post, so the whole is O(N).
 */
export async function compilePosts(
  inputs: readonly CompileInput[],
  options: {
    config: CompilerConfig;
    cache: CompileCache | null;
    progress: Progress;
    /** The build's worker pool; without one, everything compiles in this thread. */
    pool?: WorkerPool;
    /**
     * Give results that are in the cache back lean, their body and search text left in
     * their entry (`cacheFile`, see post-bodies.ts): what a big build holds in memory.
     */
    lean?: boolean;
  },
): Promise<CompiledFile[]> {
  const { config, cache, progress } = options;
  const lean = options.lean ?? false;
  const output: (CompiledFile | undefined)[] = new Array(inputs.length);
  const keys = inputs.map((input) => (cache ? cache.keyOf(input, config) : null));

  await forEachLimited(inputs.length, READ_CONCURRENCY, async (index) => {
    const key = keys[index];
    const input = inputs[index];
    if (!cache || key === null || key === undefined || input === undefined) return;
    const result = await (lean ? cache.getLean(key) : cache.get(key));
    if (result === undefined) return;
    output[index] = { file: input.file, result, cached: true, cacheFile: cache.fileOf(key) };
    progress.tick();
  });

  const misses = inputs.flatMap((input, index) => (output[index] ? [] : [{ input, index }]));
  const { pool } = options;
  if (pool !== undefined && pool.size > 1 && misses.length >= PARALLEL_THRESHOLD) {
    await Promise.all(
      misses.map(async ({ input, index }) => {
        const key = keys[index];
        const cacheFile = cache && key ? cache.fileOf(key) : null;
        const { file, text, warnings } = input;
        const result = await pool.compile({ file, text, warnings, config, cacheFile, lean });
        output[index] = { file: input.file, result, cached: false, cacheFile };
        progress.tick();
      }),
    );
  } else {
    for (const { input, index } of misses) {
      const result = await compilePost(input, config);
      const key = keys[index];
      if (cache && key) await cache.set(key, result);
      const cacheFile = cache && key ? cache.fileOf(key) : null;
      output[index] = {
        file: input.file,
        result: lean && cacheFile !== null ? leanResult(result) : result,
        cached: false,
        cacheFile,
      };
      progress.tick();
    }
  }
  progress.done();
  return output.flatMap((entry) => (entry ? [entry] : []));
}

/** Runs `task(0..count-1)` with at most `limit` running at once. */
export async function forEachLimited(
  count: number,
  limit: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, run));
}
