/**
 * Prints how long the extreme posts take to compile and the process's peak memory:
 * `npx tsx tests/security/measure-extreme-posts.ts`. Numbers, not assertions.
 */
import { compilePost } from '../../src/compiler/compile-post.ts';
import { deepPosts, twoMegabytePost } from './extreme-inputs.ts';

const config = { origin: 'https://folio.example.com', timeZone: 'UTC' };
const cases: [string, string][] = [
  ['2 MB post', twoMegabytePost()],
  ...Object.entries(deepPosts).map(([name, make]): [string, string] => [
    name.includes('levels') ? name : `50,000-deep ${name}`,
    make(),
  ]),
];
for (const [name, text] of cases) {
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const result = await compilePost({ file: 'posts/extreme.md', text }, config);
  const ms = performance.now() - start;
  const outcome = result.ok
    ? `ok, ${result.post.sections.length} section(s), ${result.post.sections.reduce((n, s) => n + s.html.length, 0)} chars of HTML`
    : `failed: ${result.errors
        .map((e) => e.message)
        .join('; ')
        .slice(0, 160)}`;
  const rss = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
  const grew = ((process.memoryUsage().rss - before) / 2 ** 20).toFixed(0);
  console.log(
    `${name.padEnd(36)} ${(text.length / 1024).toFixed(0).padStart(6)} KiB  ${ms.toFixed(0).padStart(6)} ms  rss ${rss} MiB (+${grew})  ${outcome}`,
  );
}
console.log(`peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
