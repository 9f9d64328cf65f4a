/**
 * The search index size of a posts folder: builds the index the production build writes
 * (published posts only: no drafts, no scheduled posts) and prints its size raw and gzipped,
 * the post count and the time to build it.
 * `npx tsx scripts/search-index-size.ts [folder]` (default ../shared/corpus/sysdig;
 * FOLIO_POSTS overrides it). Posts compile through the build's compile cache.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { isPublic } from '../src/compiler/publication.ts';
import { readPostFiles } from '../src/compiler/read-posts.ts';
import { searchIndexJson } from '../src/compiler/site/search-index.ts';
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
const json = await searchIndexJson(posts);
const buildMs = performance.now() - started;
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log(`search index of ${postsDir}`);
console.log(`  posts indexed  ${posts.length} (of ${inputs.length} files)`);
console.log(`  raw            ${raw} bytes (${kb(raw)})`);
console.log(`  gzip -9        ${gzip} bytes (${kb(gzip)})`);
console.log(`  build time     ${buildMs.toFixed(0)} ms`);
