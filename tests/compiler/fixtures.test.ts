import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { postSchema } from '../../src/content/post-schema.ts';
import { articleHtml } from './article-html.ts';

/**
 * One loop over tests/compiler/fixtures/<case>/: input.md is compiled (config.json may set
 * timeZone); expected.json is matched as a subset of the post, expected.html against the
 * body with its h2 headings, and every output must satisfy the post schema.
 */
const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const read = (name: string, file: string) => readFileSync(join(root, name, file), 'utf8');
const configSchema = v.object({ timeZone: v.optional(v.string(), 'UTC') });

describe('compilePost fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const config = existsSync(join(dir, 'config.json'))
      ? v.parse(configSchema, JSON.parse(read(name, 'config.json')))
      : { timeZone: 'UTC' };
    const result = await compilePost(
      { file: `posts/${name}.md`, text: read(name, 'input.md') },
      { origin: 'https://blog.example.com', timeZone: config.timeZone },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(v.is(postSchema, result.post)).toBe(true);
    expect(result.post.source).toBe(`posts/${name}.md`);
    if (existsSync(join(dir, 'expected.json'))) {
      expect(result.post).toMatchObject(JSON.parse(read(name, 'expected.json')));
    }
    if (existsSync(join(dir, 'expected.html'))) {
      expect(articleHtml(result.post)).toBe(read(name, 'expected.html').trim());
    }
  });
});
