import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import type { Post } from '../../src/content/post-schema.ts';
import { readPostFile } from '../../src/compiler/read-posts.ts';
import { eventHandlersPost, urlObfuscationPost } from './generated-hostile-posts.ts';
import { unsafeParts } from './unsafe-parts.ts';

/**
 * Every hostile post compiles (so the preview build of the folder succeeds) into HTML with
 * nothing unsafe in it; front matter stays text. The same posts are opened in Chromium by
 * tests/e2e/hostile-posts.spec.ts.
 */
const dir = join(import.meta.dirname, 'hostile-posts');
const names = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort();
const config = { origin: 'https://folio.example.com', timeZone: 'UTC' };

async function compileHostile(name: string): Promise<Post> {
  const result = await compilePost(await readPostFile(join(dir, name)), config);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.post;
}

const bodyHtml = (post: Post) => post.sections.map((section) => section.html).join('\n');
const bodyText = (post: Post) => toString(fromHtml(bodyHtml(post), { fragment: true }));

describe('hostile posts', () => {
  it('include the generated lists, up to date', () => {
    expect(readFileSync(join(dir, 'event-handlers.md'), 'utf8')).toBe(eventHandlersPost());
    expect(readFileSync(join(dir, 'url-obfuscation.md'), 'utf8')).toBe(urlObfuscationPost());
    expect(names.length).toBeGreaterThanOrEqual(14);
  });

  it.each(names)('%s compiles to HTML with nothing unsafe in it', async (name) => {
    const post = await compileHostile(name);
    expect(post.path).toBe(`/hostile/${name.replace(/\.md$/, '')}/`);
    expect(unsafeParts(bodyHtml(post))).toEqual([]);
    // Section titles are plain text, never markup.
    for (const section of post.sections) expect(section.title).not.toMatch(/[<>]/);
    expect(bodyText(post)).toContain(`Canary paragraph for ${name.replace(/\.md$/, '')}`);
  });

  it('keeps entity-encoded markup as text', async () => {
    const post = await compileHostile('entity-text.md');
    const text = bodyText(post);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('&lt;b&gt;double&lt;/b&gt;');
    expect(text).toContain('<iframe src=javascript:alert(1)>');
    expect(text).toContain('<svg onload=alert(1)>');
  });

  it('keeps hostile front matter as text, exactly', async () => {
    const post = await compileHostile('hostile-front-matter.md');
    expect(post.title).toBe('</title><script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(post.author).toBe('"}</script><script>alert(1)</script>');
    expect(post.excerpt).toBe(
      '"}</script><script>alert(1)</script><!-- ]]> --> <img src=x onerror=alert(1)>',
    );
    const entityTitle = await compileHostile('entity-title.md');
    expect(entityTitle.title).toBe('<script>alert(1)</script> &lt;b&gt;');
  });

  it("drops the app's own class names from posts", async () => {
    const html = bodyHtml(await compileHostile('css-attacks.md'));
    expect(html).not.toMatch(/class="[^"]*\bfolio-(?:message|prose|button)\b/);
  });

  it('keeps in-page links working while defusing clobbering ids', async () => {
    const post = await compileHostile('dom-clobbering.md');
    const tree = fromHtml(bodyHtml(post), { fragment: true });
    const html = bodyHtml(post);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets).toHaveLength(2);
    for (const target of targets) {
      const found =
        post.sections.some((section) => section.id === target) ||
        new RegExp(`(?:id|name)="${target}"`).test(html);
      expect(found, `#${target} has a target`).toBe(true);
    }
    expect(toString(tree)).toContain('Text after the named anchor.');
  });
});
