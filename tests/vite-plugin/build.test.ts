import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexPageSchema, postSchema } from '../../src/content/post-schema.ts';
import type { FolioOptions } from '../../src/vite-plugin/folio-options.ts';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import * as v from 'valibot';
import { buildSite } from './build-site.ts';

/** The CSP a page declares in its meta tag, as a browser reads the attribute. */
function metaCsp(html: string): string {
  let csp = '';
  visit(fromHtml(html), 'element', (node) => {
    const { httpEquiv, content } = node.properties;
    const isCsp = Array.isArray(httpEquiv) && httpEquiv.join(' ') === 'Content-Security-Policy';
    if (node.tagName === 'meta' && isCsp && typeof content === 'string') csp = content;
  });
  return csp;
}

const fixtures = path.join(import.meta.dirname, 'fixtures');
const tempDirs: string[] = [];

async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

async function buildFixture(site: string, options: FolioOptions = {}) {
  const outDir = await temporaryDir('folio-build-');
  const cacheDir = await temporaryDir('folio-cache-');
  await buildSite(path.join(fixtures, site), { ...options, outDir, cacheDir });
  const read = (file: string) => readFile(path.join(outDir, file), 'utf8');
  const readJson = async (file: string): Promise<unknown> => JSON.parse(await read(file));
  return { outDir, read, readJson };
}

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('vite build with the folio plugin', () => {
  it('emits one JSON file per published post and the index pages, without drafts', async () => {
    const { outDir, readJson } = await buildFixture('site-ok', { pageSize: 1 });

    const first = v.parse(postSchema, await readJson('folio-data/v1/posts/blog/first.json'));
    expect(first.title).toBe('First & Foremost');
    expect(first.sections.map((s) => s.id)).toEqual(['', 'part-one']);
    const second = v.parse(
      postSchema,
      await readJson('folio-data/v1/posts/2020/02/01/second.json'),
    );
    expect(second.author).toBe('Grace Hopper');

    const page1 = v.parse(indexPageSchema, await readJson('folio-data/v1/index/1.json'));
    const page2 = v.parse(indexPageSchema, await readJson('folio-data/v1/index/2.json'));
    expect(page1).toMatchObject({ page: 1, pageCount: 2, totalPosts: 2 });
    expect([...page1.posts, ...page2.posts].map((p) => p.path)).toEqual([
      '/2020/02/01/second/',
      '/blog/first/',
    ]);

    const postFiles = await readdir(path.join(outDir, 'folio-data/v1/posts/blog'));
    expect(postFiles).not.toContain('not-yet.json');
  });

  it('prerenders every post, every index page and the 404 page with their data', async () => {
    const { read } = await buildFixture('site-ok', { pageSize: 1 });
    const post = await read('blog/first/index.html');
    expect(post).toContain('<h1 class="folio-article-title">First &amp; Foremost</h1>');
    expect(post).toContain('<title>First &amp; Foremost — Folio</title>');
    expect(post).toMatch(/<script type="application\/json" id="folio-data">\{"kind":"post"/);
    expect(await read('2020/02/01/second/index.html')).toContain('Grace Hopper');
    expect(await read('index.html')).toContain('href="/2020/02/01/second/"');
    expect(await read('page/2/index.html')).toContain('href="/blog/first/"');
    expect(await read('404.html')).toContain('Page not found');
    // Every page carries the CSP, and nothing inline may run under it.
    for (const page of [post, await read('index.html'), await read('404.html')]) {
      expect(metaCsp(page)).toMatch(/^default-src 'self'; script-src 'self';/);
      expect(page).not.toMatch(/<script(?![^>]*\b(src=|type="application\/(json|ld\+json)"))/);
    }
  });

  it('never publishes a draft or a scheduled post: no page, feed entry, sitemap URL or ID file', async () => {
    const { outDir, read } = await buildFixture('site-ok');
    await expect(read('blog/not-yet/index.html')).rejects.toThrow();
    await expect(read('blog/coming-later/index.html')).rejects.toThrow();
    for (const file of ['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', '_redirects']) {
      const text = await read(file);
      expect(text, file).toContain('/blog/first/');
      expect(text, file).not.toContain('not-yet');
      expect(text, file).not.toContain('coming-later');
    }
    expect(await readdir(path.join(outDir, 'folio-data/v1/ids'))).toEqual(['1.json', '2.json']);
  });

  it('writes feeds with absolute URLs, robots.txt, _headers and _redirects under the base', async () => {
    const { read, readJson } = await buildFixture('site-ok', {
      base: '/blog/',
      redirects: { '/old/first/': '/blog/first/' },
    });
    expect(await read('robots.txt')).toContain(
      'Sitemap: https://blog.example.com/blog/sitemap.xml',
    );
    const headers = await read('_headers');
    expect(headers).toMatch(/^\/blog\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'self'$/m);
    expect(headers).toContain(
      '/blog/folio-data/v1/search/terms/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
    expect(headers).toContain(
      '/blog/folio-data/v1/search/posts/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
    expect(headers).toContain(
      '/blog/folio-data/v1/search/index-v3.json\n  Cache-Control: no-cache',
    );
    expect(await read('_redirects')).toBe(
      [
        '/blog/old/first/ /blog/blog/first/ 301',
        // WordPress's month archives, now ours (no post owns those paths).
        '/blog/2020/02/ /blog/archive/2020/02/ 301',
        '/blog/2020/01/ /blog/archive/2020/01/ 301',
        '/blog/ p=2 /blog/2020/02/01/second/ 301',
        '/blog/ p=1 /blog/blog/first/ 301',
        '',
      ].join('\n'),
    );
    expect(await read('old/first/index.html')).toContain(
      '<meta http-equiv="refresh" content="0; url=https://blog.example.com/blog/blog/first/">',
    );
    expect(await readJson('folio-data/v1/ids/1.json')).toEqual({
      schemaVersion: 1,
      id: 1,
      path: '/blog/first/',
    });
    expect(await readJson('feed.json')).toMatchObject({
      feed_url: 'https://blog.example.com/blog/feed.json',
      items: [
        { url: 'https://blog.example.com/blog/2020/02/01/second/' },
        { url: 'https://blog.example.com/blog/blog/first/' },
      ],
    });
  });

  it('keeps front-matter text as text in every head tag and in the page data', async () => {
    const { read } = await buildFixture('site-hostile');
    const html = await read('blog/hostile/index.html');
    // The only script elements are the page data and JSON-LD, each closed exactly once.
    expect(html.match(/<script/g)?.length).toBe(2);
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(
      '<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; — Folio</title>',
    );
    const jsonLd = /<script data-folio-head type="application\/ld\+json">(.*?)<\/script>/s.exec(
      html,
    );
    expect(JSON.parse(jsonLd?.[1] ?? '')).toMatchObject({
      headline: '</script><script>alert(1)</script> "Quoted" & <b>bold</b>',
      author: { name: '</title><img src=x onerror=alert(2)>' },
    });
    const feed = await read('feed.xml');
    expect(feed).toContain('href=&quot;https://blog.example.com/blog/other/&quot;');
    // Uploads stay on the old WordPress host (the compiler points them there).
    expect(feed).toContain('src=&quot;https://old.example.com/wp-content/uploads/a.png&quot;');
  });

  it('fails listing every broken post with file, line and field', async () => {
    const failure = await buildFixture('site-broken').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    const message = failure instanceof Error ? failure.message : '';
    expect(message).toMatch(/2020-04-01-bad-date\.md:\d+(:\d+)? error post_date/);
    expect(message).toMatch(/2020-05-01-no-title\.md:\d+(:\d+)? error post_title/);
  });

  it('with FOLIO_SKIP_INVALID=1 publishes every valid post and leaves out the broken ones', async () => {
    process.env.FOLIO_SKIP_INVALID = '1';
    try {
      const { read, readJson } = await buildFixture('site-broken');
      expect(v.parse(postSchema, await readJson('folio-data/v1/posts/blog/first.json')).title).toBe(
        'First & Foremost',
      );
      expect(await read('blog/first/index.html')).toContain('First &amp; Foremost');
      await expect(read('blog/bad-date/index.html')).rejects.toThrow();
      await expect(read('blog/no-title/index.html')).rejects.toThrow();
    } finally {
      delete process.env.FOLIO_SKIP_INVALID;
    }
  });
});
