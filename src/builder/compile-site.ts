import { performance } from 'node:perf_hooks';
import { planSite, type InvalidPostMode } from '../compiler/build-policy.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import type { Diagnostic } from '../compiler/diagnostic.ts';
import { isPublic } from '../compiler/publication.ts';
import { readPostFiles } from '../compiler/read-posts.ts';
import type { Post } from '../content/post-schema.ts';
import type { CompileCache } from './compile-cache.ts';
import { compilePosts } from './compile-posts.ts';
import type { Progress } from './progress-bar.ts';
import type { WorkerPool } from './worker-pool.ts';

/** The posts a production build publishes, and where their bodies wait. */
export interface CompiledSite {
  /** Published posts, lean when they came through the cache (see `bodies`). */
  posts: Post[];
  /** Plain text for the search index of each post compiled without a cache, by source file. */
  searchTexts: Map<string, string>;
  /** Each lean post's compile cache entry, where its sections and text wait (post-bodies.ts). */
  bodies: Map<string, string>;
  warnings: Diagnostic[];
  /** Problems that stop the build (none in `skip` mode, where they are warnings). */
  errors: Diagnostic[];
  /** How many posts were read, and how many came from the compile cache. */
  read: number;
  cached: number;
  /** Seconds it took. */
  seconds: number;
}

/**
 * The first half of a production build: reads the posts folder, compiles every post (through
 * the compile cache, on the pool for many), applies the build's policy for broken posts and
 * leaves drafts and scheduled posts out: they never reach the production site (no page, no
 * JSON, no index entry, feed item or sitemap URL).
 */
export async function compileSite(options: {
  postsDir: string;
  config: CompilerConfig;
  cache: CompileCache;
  pool: WorkerPool;
  onInvalid: InvalidPostMode;
  progress: (total: number) => Progress;
  now?: number;
}): Promise<CompiledSite> {
  const started = performance.now();
  const inputs = await readPostFiles(options.postsDir);
  const compiled = await compilePosts(inputs, {
    config: options.config,
    cache: options.cache,
    progress: options.progress(inputs.length),
    pool: options.pool,
    lean: true,
  });
  const plan = planSite(
    compiled.map(({ result }) => result),
    { onInvalid: options.onInvalid },
  );
  const searchTexts = new Map<string, string>();
  const bodies = new Map<string, string>();
  for (const { result, cacheFile } of compiled) {
    if (!result.ok) continue;
    // A lean result's body and text are in its cache entry; without a cache, here.
    if (cacheFile !== null) bodies.set(result.post.source, cacheFile);
    else searchTexts.set(result.post.source, result.searchText);
  }
  const now = options.now ?? Date.now();
  return {
    posts: plan.publish.filter((post) => isPublic(post, now)),
    searchTexts,
    bodies,
    warnings: plan.warnings,
    errors: plan.errors,
    read: inputs.length,
    cached: compiled.filter((entry) => entry.cached).length,
    seconds: (performance.now() - started) / 1000,
  };
}
