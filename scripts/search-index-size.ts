/**
 * The search index size of a posts folder: builds the shards the production build writes
 * (published posts only: no drafts, no scheduled posts) and prints their total size raw and
 * gzipped, the post and shard counts and the time to build them.
 * `npx tsx scripts/search-index-size.ts [folder]` (default ../shared/corpus/sysdig;
 * FOLIO_POSTS overrides it). Posts compile through the build's compile cache.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { isPublic } from '../src/compiler/publication.ts';
import { readPostFiles } from '../src/compiler/read-posts.ts';
import { searchShardJson, searchShards } from '../src/compiler/site/search-index.ts';
import { createCompileCache } from '../src/vite-plugin/compile-cache.ts';
import { compilePosts } from '../src/vite-plugin/compile-posts.ts';
import { compilerFingerprint } from '../src/vite-plugin/compiler-fingerprint.ts';

const postsDir =
  process.env.FOLIO_POSTS ??
  process.argv[2] ??
  path.resolve(import.meta.dirname, '../../shared/corpus/sysdig');
const root = path.resolve(import.meta.dirname, '..');

const inputs = await readPostFiles(postsDir);
const compiled = await compilePosts(inputs, {
  config: { origin: 'https://blog.example.com', timeZone: 'UTC' },
  cache: createCompileCache(
    path.join(root, 'node_modules/.folio-cache/posts'),
    await compilerFingerprint(),
  ),
  progress: { tick() {}, done() {} },
});
const now = Date.now();
const posts = compiled.flatMap(({ result }) =>
  result.ok && isPublic(result.post, now) ? [{ ...result.post, text: result.searchText }] : [],
);

// Timed as the build runs it: each post's text comes from the compiler.
const started = performance.now();
const shards: string[] = [];
for (const shard of searchShards(posts)) shards.push(await searchShardJson(shard));
const buildMs = performance.now() - started;
const raw = shards.reduce((sum, json) => sum + Buffer.byteLength(json), 0);
const gzip = shards.reduce((sum, json) => sum + gzipSync(json, { level: 9 }).byteLength, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log(`search index of ${postsDir}`);
console.log(
  `  posts indexed  ${posts.length} (of ${inputs.length} files), ${shards.length} shard(s)`,
);
console.log(`  raw            ${raw} bytes (${kb(raw)})`);
console.log(`  gzip -9        ${gzip} bytes (${kb(gzip)})`);
console.log(`  build time     ${buildMs.toFixed(0)} ms`);
