/**
 * The search index of a posts folder, as the production build writes it (published posts
 * only: no drafts, no scheduled posts): the size of its files raw and gzipped, and what one
 * query downloads (the manifest, the term chunks of its words, the fragments of its first
 * page of results), with the time to build it.
 * `npx tsx scripts/search-index-size.ts [folder] [--query "words"]` (default folder
 * ../shared/corpus/sysdig, FOLIO_POSTS overrides it; default query "kubernetes monitoring").
 * Posts compile through the build's compile cache.
 */
import path from 'node:path';
import * as v from 'valibot';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { isPublic } from '../src/compiler/publication.ts';
import { readPostFiles } from '../src/compiler/read-posts.ts';
import { planQuery, rankPosts, fragmentOf } from '../src/app/search/run-search.ts';
import {
  SEARCH_CHUNKS_DIR,
  SEARCH_FRAGMENTS_DIR,
  SEARCH_INDEX_FILE,
  searchChunkFile,
} from '../src/content/search-paths.ts';
import { searchManifestSchema, searchChunkSchema } from '../src/content/search-schema.ts';
import { searchIndexFiles } from '../src/builder/search-index-file.ts';
import { createCompileCache } from '../src/builder/compile-cache.ts';
import { compilePosts } from '../src/builder/compile-posts.ts';
import { compilerFingerprint } from '../src/builder/compiler-fingerprint.ts';

const args = process.argv.slice(2);
const queryAt = args.indexOf('--query');
const query = queryAt >= 0 ? (args.splice(queryAt, 2)[1] ?? '') : 'kubernetes monitoring';
const postsDir =
  process.env.FOLIO_POSTS ??
  args[0] ??
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
const files = await searchIndexFiles(posts);
const buildMs = performance.now() - started;

const gzip = (json: string) => gzipSync(json, { level: 9 }).byteLength;
const raw = (json: string) => Buffer.byteLength(json);
const sum = (texts: string[], size: (json: string) => number) =>
  texts.reduce((total, json) => total + size(json), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const textOf = (name: string) => files.get(name) ?? '';
const under = (folder: string) =>
  [...files].filter(([name]) => name.startsWith(folder)).map(([, json]) => json);
const manifestJson = textOf(SEARCH_INDEX_FILE);
const chunks = under(SEARCH_CHUNKS_DIR);
const fragments = under(SEARCH_FRAGMENTS_DIR);
const all = [...files.values()];

// One query, as the app runs it: the chunks of its words, then its first page of posts.
const manifest = v.parse(searchManifestSchema, JSON.parse(manifestJson));
const plan = planQuery(manifest, query);
const needed = plan.files.map((file) => textOf(searchChunkFile(file)));
const loaded = new Map(
  plan.files.map((file, i) => [
    file,
    v.parse(searchChunkSchema, JSON.parse(needed[i] ?? '')).terms,
  ]),
);
const ranked = rankPosts(manifest, plan, loaded);
const shown = [
  ...new Set(ranked.slice(0, 20).flatMap(({ post }) => fragmentOf(manifest, post)?.file ?? [])),
];
const queryBytes = sum([manifestJson, ...needed, ...shown.map(textOf)], gzip);

console.log(`search index of ${postsDir}`);
console.log(
  `  posts indexed  ${posts.length} (of ${inputs.length} files), ${manifest.parts.length} part(s)`,
);
console.log(
  `  files          ${all.length}: manifest, ${chunks.length} term chunks, ${fragments.length} fragments`,
);
console.log(`  all files      ${kb(sum(all, raw))} raw, ${kb(sum(all, gzip))} gzip -9`);
console.log(`  manifest       ${kb(raw(manifestJson))} raw, ${kb(gzip(manifestJson))} gzip`);
console.log(
  `  term chunk     median ${kb(median(chunks.map(gzip)))} gzip, largest ${kb(Math.max(0, ...chunks.map(gzip)))}`,
);
console.log(`  fragment       median ${kb(median(fragments.map(gzip)))} gzip`);
console.log(
  `  query "${query}": ${ranked.length} posts match; downloads ${kb(queryBytes)} gzip (manifest, ${needed.length} chunk(s), ${shown.length} fragment(s) for the first 20 results)`,
);
console.log(`  build time     ${buildMs.toFixed(0)} ms`);
