import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { postText } from '../../src/compiler/body/post-text.ts';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostic.ts';
import {
  normalizeSource,
  splitFrontMatter,
} from '../../src/compiler/front-matter/split-front-matter.ts';
import { readPostFiles } from '../../src/compiler/read-posts.ts';
import { siteOutputs } from '../../src/compiler/site-outputs.ts';
import { postSchema, type Post } from '../../src/content/post-schema.ts';
import { articleHtml } from '../../src/compiler/site/article-html.ts';
import { bodyProblems } from './body-invariants.ts';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/sysdig');
const present = existsSync(corpus);
/** CI runs every test: there a missing corpus fails the test; only a local run skips it. */
const inCi = !/^(?:|0|false)$/i.test(process.env.CI ?? '');
const missing = `the sysdig corpus is missing: looked for ${corpus} (../shared/corpus/sysdig beside the repository)`;
if (!present && !inCi) console.warn(`corpus test skipped: ${missing}`);

/**
 * The sysdig export (a real Markdown-authored blog): every post compiles into schema-valid
 * JSON, and every body of that JSON (article-html.ts) shows no shortcode brackets, `{#` or
 * escaped markup outside code, has no dead in-page link, and keeps every `<pre>` of its
 * source as one `<pre>` with the same text. The search text the compiler takes
 * from the tree equals the one read back from the post's JSON.
 */
describe.skipIf(!present && !inCi)('the sysdig corpus', () => {
  it('compiles every post into schema-valid JSON without leaked syntax', async () => {
    if (!present) throw new Error(`${missing}; under CI the corpus test may not skip.`);
    const inputs = await readPostFiles(corpus);
    expect(inputs.length).toBeGreaterThan(200);
    const posts: Post[] = [];
    const failures: string[] = [];
    const problems: string[] = [];
    const mismatchedText: string[] = [];
    for (const input of inputs) {
      const result = await compilePost(input, {
        origin: 'https://sysdig.example',
        timeZone: 'UTC',
      });
      if (!result.ok) {
        failures.push(...result.errors.map(formatDiagnostic));
        continue;
      }
      expect(v.is(postSchema, result.post), input.file).toBe(true);
      const html = articleHtml(result.post);
      expect(html, input.file).not.toMatch(/class="[^"]*folio-/);
      expect(result.post.excerpt, input.file).not.toMatch(/\{#|\[\/?tweet_box/);
      posts.push(result.post);
      // The build's search text (from the tree) is what the dev server reads back from JSON.
      if (result.searchText !== postText(result.post)) mismatchedText.push(input.file);

      // The source body, for what must survive of it (every <pre>).
      const split = splitFrontMatter(normalizeSource(input.text));
      if (!split.ok) continue;
      problems.push(
        ...bodyProblems(split.value.body, html).map((problem) => `${input.file}: ${problem}`),
      );
    }
    expect(failures).toEqual([]);
    expect(problems).toEqual([]);
    expect(mismatchedText).toEqual([]);
    expect(siteOutputs(posts, { pageSize: 20, includeDrafts: false }).errors).toEqual([]);
  }, 120_000);
});
