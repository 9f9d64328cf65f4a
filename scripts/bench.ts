/**
 * Compiles a folder of posts end to end and prints how fast. Numbers are printed, never
 * asserted. `FOLIO_POSTS=path npx tsx scripts/bench.ts` (default: the sysdig corpus).
 */
import { performance } from 'node:perf_hooks';
import { compilePost } from '../src/compiler/compile-post.ts';
import { formatDiagnostic } from '../src/compiler/diagnostic.ts';
import { readPostFiles } from '../src/compiler/read-posts.ts';
import { siteOutputs } from '../src/compiler/site-outputs.ts';
import type { Post } from '../src/content/post-schema.ts';

const postsDir = process.env.FOLIO_POSTS ?? '../shared/corpus/sysdig';
const started = performance.now();
const inputs = await readPostFiles(postsDir);
const posts: Post[] = [];
let failed = 0;
for (const input of inputs) {
  const result = await compilePost(input, { origin: 'https://blog.example.com', timeZone: 'UTC' });
  if (result.ok) posts.push(result.post);
  else {
    failed++;
    for (const error of result.errors) console.error(formatDiagnostic(error));
  }
}
const outputs = siteOutputs(posts, { pageSize: 20, includeDrafts: false });
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes.
const peakMb = process.resourceUsage().maxRSS / 1024;

console.log(`folder      ${postsDir}`);
console.log(`posts       ${inputs.length}`);
console.log(`failed      ${failed}`);
console.log(`files       ${outputs.files.size} (${outputs.errors.length} site errors)`);
console.log(`seconds     ${seconds.toFixed(2)}`);
console.log(`posts/s     ${(inputs.length / seconds).toFixed(1)}`);
console.log(`peak memory ${peakMb.toFixed(0)} MB`);
