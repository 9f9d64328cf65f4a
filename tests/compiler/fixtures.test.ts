import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { renderPostBody, stringifyBody } from '../../src/compiler/body/render-body.ts';
import { splitSections } from '../../src/compiler/body/split-sections.ts';
import { compilePost } from '../../src/compiler/compile-post.ts';
import {
  normalizeSource,
  splitFrontMatter,
} from '../../src/compiler/front-matter/split-front-matter.ts';
import { postSchema } from '../../src/content/post-schema.ts';
import { articleHtml } from './article-html.ts';

/**
 * One loop over tests/compiler/fixtures/<case>/: input.md is compiled (config.json may set
 * timeZone); expected.json is matched as a subset of the post and every output must satisfy
 * the post schema. expected.html is the body with its h2 headings, rendered with the post's
 * own permalink as link context (and context.json's `knownPaths`, the other posts of the
 * export); expected-report.json, when present, gives the report's mode and entries it must
 * contain (among others).
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
    const text = read(name, 'input.md');
    const result = await compilePost(
      { file: `posts/${name}.md`, text },
      { origin: 'https://blog.example.com', timeZone: config.timeZone },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(v.is(postSchema, result.post)).toBe(true);
    expect(result.post.source).toBe(`posts/${name}.md`);
    if (existsSync(join(dir, 'expected.json'))) {
      expect(result.post).toMatchObject(JSON.parse(read(name, 'expected.json')));
    }
    if (!existsSync(join(dir, 'expected.html')) && !existsSync(join(dir, 'expected-report.json'))) {
      return;
    }
    const split = splitFrontMatter(normalizeSource(text));
    if (!split.ok) throw new Error(split.message);
    const context = existsSync(join(dir, 'context.json'))
      ? v.parse(contextSchema, JSON.parse(read(name, 'context.json')))
      : {};
    const { tree, report } = await renderPostBody(split.value.body, {
      permalink: result.post.permalink,
      knownPaths: context.knownPaths === undefined ? undefined : new Set(context.knownPaths),
    });
    if (existsSync(join(dir, 'expected.html'))) {
      const sections = splitSections(tree, stringifyBody);
      const actual = articleHtml({ ...result.post, sections });
      // FOLIO_UPDATE_FIXTURES=1 rewrites expected.html; review the diff before committing it.
      if (process.env.FOLIO_UPDATE_FIXTURES === '1') {
        writeFileSync(join(dir, 'expected.html'), `${actual}\n`);
      }
      expect(actual).toBe(read(name, 'expected.html').trim());
    }
    if (existsSync(join(dir, 'expected-report.json'))) {
      const expected = v.parse(reportSchema, JSON.parse(read(name, 'expected-report.json')));
      expect(report.mode).toBe(expected.mode);
      expect(report.entries).toEqual(expect.arrayContaining(expected.entries));
    }
  });
});
