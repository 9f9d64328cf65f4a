import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostic.ts';
import { readPostFiles } from '../../src/compiler/read-posts.ts';
import { siteOutputs } from '../../src/compiler/site-outputs.ts';
import { postSchema, type Post } from '../../src/content/post-schema.ts';
import { articleHtml } from './article-html.ts';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/sysdig');
const present = existsSync(corpus);
if (!present) console.warn(`corpus test skipped: ${corpus} is absent`);

/** Visible text of an HTML string, good enough to look for leaked syntax. */
const visibleText = (html: string) =>
  html.replace(/<(script|style)[^]*?<\/\1>/gi, '').replace(/<[^>]*>/g, ' ');

describe.skipIf(!present)('the sysdig corpus', () => {
  it('compiles every post into schema-valid JSON without leaked syntax', async () => {
    const inputs = await readPostFiles(corpus);
    expect(inputs.length).toBeGreaterThan(200);
    const posts: Post[] = [];
    const failures: string[] = [];
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
      const text = visibleText(articleHtml(result.post)) + result.post.excerpt;
      expect(text, input.file).not.toContain('{#');
      expect(text, input.file).not.toContain('[tweet_box');
      expect(text, input.file).not.toContain('[/tweet_box]');
      expect(
        result.post.sections.every((s) => !/class="[^"]*folio-/.test(s.html)),
        input.file,
      ).toBe(true);
      posts.push(result.post);
    }
    expect(failures).toEqual([]);
    expect(siteOutputs(posts, { pageSize: 20, includeDrafts: false }).errors).toEqual([]);
  });
});
