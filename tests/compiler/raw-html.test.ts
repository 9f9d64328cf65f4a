import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import {
  normalizeSource,
  splitFrontMatter,
} from '../../src/compiler/front-matter/split-front-matter.ts';
import { readPostFile } from '../../src/compiler/read-posts.ts';
import { articleHtml } from '../../src/compiler/site/article-html.ts';
import { bodyProblems } from './body-invariants.ts';

/**
 * Posts of a blog that stored raw WordPress HTML (no Markdown plugin), written for Folio's
 * tests: wpautop paragraphs and breaks, <pre> with blank lines, Crayon, SyntaxHighlighter and
 * Live Writer code, [caption], [youtube], bare video URLs, gists, block editor markup.
 */
// Under a `fixtures` folder so formatters leave the posts exactly as written.
const dir = join(import.meta.dirname, 'raw-html', 'fixtures');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort();

/** Compiles a post as the build does; `html` is the body of its JSON (article-html.ts). */
async function render(name: string) {
  const input = await readPostFile(join(dir, name));
  const compiled = await compilePost(
    { ...input, file: `posts/${name}` },
    { origin: 'https://new.example', timeZone: 'UTC' },
    new Set(['/2011/12/01/older-post/']),
  );
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  // The source body, for what must survive of it (every <pre>).
  const split = splitFrontMatter(normalizeSource(input.text));
  if (!split.ok) throw new Error(split.message);
  const { post, report } = compiled;
  return { body: split.value.body, html: articleHtml(post), report, post };
}

describe('raw WordPress HTML posts', () => {
  it.each(files)(
    '%s renders without leaked syntax, lost <pre> or dead in-page links',
    async (name) => {
      const { body, html, report } = await render(name);
      expect(report.mode).not.toBe('markdown');
      expect(bodyProblems(body, html)).toEqual([]);
    },
  );

  it('reads a classic post the way wpautop did', async () => {
    const { html, post, report } = await render('2012-03-04-wpautop-classic.md');
    expect(html).toContain('A single newline<br>\nis a line break');
    expect(html).toContain('# this line starts with a hash and is text<br>');
    expect(html).not.toMatch(/<h1|<ul>/);
    // The <a name="install"> right before the heading keeps the id; the heading gets its own.
    expect(html).toContain('<p><a id="install"></a></p>\n<h2 id="install-1">Install</h2>');
    expect(html).toContain('<a href="#user-content-config">Configure</a>');
    expect(html).toContain('<h2 id="results">Results</h2>');
    expect(html).toContain('<a href="#results">Results</a>');
    expect(html).toContain('<figure class="wp-caption alignright">');
    expect(html).toContain(
      '<figcaption class="wp-caption-text">The <em>status</em> page</figcaption>',
    );
    expect(html).toContain(
      'src="https://rawblog.example/wp-content/uploads/2012/03/shot-300x200.png"',
    );
    expect(html.match(/<iframe /g)).toHaveLength(2);
    expect(html).toContain('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(html).toContain('https://player.vimeo.com/video/76979871?dnt=1');
    expect(html).toContain('<a href="/2011/12/01/older-post/">my older post</a>');
    expect(html).toContain('<a href="/?p=150">this one</a>');
    expect(html).toContain('<pre>ab -n 1000 http://localhost/\n\nRequests per second: 950</pre>');
    expect(html).toContain('target="_blank" rel="noopener noreferrer"');
    expect(html).not.toContain('<p>&nbsp;</p>');
    expect(post.excerpt).toBe(
      'Contents: Install | Configure | Results This blog never used Markdown. A single newline is a line break, and a blank line starts a new paragraph. # this line starts with a hash and is text - and this dash line is text too * as is this star line',
    );
    expect(report.entries).toContainEqual({
      kind: 'http-image',
      detail: 'http://rawblog.example/wp-content/uploads/2012/03/shot-300x200.png',
    });
  });

  it('keeps pre-highlighted code and highlights hinted code', async () => {
    const { html } = await render('2013-07-21-crayon-and-live-writer.md');
    expect(html).toContain(
      '<pre class="shiki" data-language="powershell"><code class="language-powershell">',
    );
    expect(html).toContain(
      '<pre class="shiki" data-language="python"><code class="language-python">',
    );
    expect(html).toContain('<span style="color: #0000ff">public</span>');
    expect(html).toContain('<pre class="shiki" data-language="bash">');
    expect(html).toContain('Text with [brackets] and a [link](not markdown) stays as written.');
  });

  it('renders block editor markup without wpautop', async () => {
    const { html, post, report } = await render('2020-05-05-gutenberg-blocks.md');
    expect(report.mode).toBe('blocks');
    expect(html).toContain(
      '<p>Written in the block editor. The newline here\nis just a space.</p>',
    );
    expect(html).toContain('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(html).toContain('<figcaption>A caption</figcaption>');
    expect(post.excerpt).toBe('Written in the block editor. The newline here is just a space.');
  });
});
