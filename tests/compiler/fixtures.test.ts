import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { readPostFile } from '../../src/compiler/read-posts.ts';
import { postSchema } from '../../src/content/post-schema.ts';
import { articleHtml } from '../../src/compiler/site/article-html.ts';

/**
 * One loop over tests/compiler/fixtures/<case>/: input.md is read and compiled as the build
 * does it (config.json may set timeZone; context.json's `knownPaths`, the other posts of the
 * export, go to compilePost with it); expected.json is matched as a subset of the post and
 * every output must satisfy the post schema. expected.html is the post JSON's body with its
 * h2 headings (article-html.ts); expected-report.json, when present, gives the report's mode
 * and entries it must contain (among others).
 */
const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const read = (name: string, file: string) => readFileSync(join(root, name, file), 'utf8');
const configSchema = v.object({ timeZone: v.optional(v.string(), 'UTC') });
const contextSchema = v.object({ knownPaths: v.optional(v.array(v.string())) });
const reportSchema = v.object({
  mode: v.string(),
  entries: v.array(v.object({ kind: v.string(), detail: v.string() })),
});

describe('compilePost fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const config = existsSync(join(dir, 'config.json'))
      ? v.parse(configSchema, JSON.parse(read(name, 'config.json')))
      : { timeZone: 'UTC' };
    const context = existsSync(join(dir, 'context.json'))
      ? v.parse(contextSchema, JSON.parse(read(name, 'context.json')))
      : {};
    const input = await readPostFile(join(dir, 'input.md'));
    const result = await compilePost(
      { ...input, file: `posts/${name}.md` },
      { origin: 'https://blog.example.com', timeZone: config.timeZone },
      context.knownPaths === undefined ? undefined : new Set(context.knownPaths),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(v.is(postSchema, result.post)).toBe(true);
    expect(result.post.source).toBe(`posts/${name}.md`);
    if (existsSync(join(dir, 'expected.json'))) {
      expect(result.post).toMatchObject(JSON.parse(read(name, 'expected.json')));
    }
    if (existsSync(join(dir, 'expected.html'))) {
      const actual = articleHtml(result.post);
      // FOLIO_UPDATE_FIXTURES=1 rewrites expected.html; review the diff before committing it.
      if (process.env.FOLIO_UPDATE_FIXTURES === '1') {
        writeFileSync(join(dir, 'expected.html'), `${actual}\n`);
      }
      expect(actual).toBe(read(name, 'expected.html').trim());
    }
    if (existsSync(join(dir, 'expected-report.json'))) {
      const expected = v.parse(reportSchema, JSON.parse(read(name, 'expected-report.json')));
      expect(result.report.mode).toBe(expected.mode);
      expect(result.report.entries).toEqual(expect.arrayContaining(expected.entries));
    }
  });
});
