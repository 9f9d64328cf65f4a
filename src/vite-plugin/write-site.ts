import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { siteOutputs } from '../compiler/site-outputs.ts';
import { feedFiles } from '../compiler/site/feeds.ts';
import { idRecordFiles } from '../compiler/site/id-records.ts';
import {
  redirectPage,
  redirectPageFile,
  redirectsFile,
  type Redirect,
} from '../compiler/site/redirects.ts';
import { embedPageFile, embedPageHead, oembedFile, oembedJson } from '../compiler/site/oembed.ts';
import { headersFile, metaContentSecurityPolicy } from '../compiler/site/security-headers.ts';
import { robotsTxt, sitemapFiles } from '../compiler/site/sitemap.ts';
import { indexPageFile, indexPagePath, postDataFile } from '../content/data-paths.ts';
import { indexPageSchema, type Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { FEED_SIZE } from '../content/site-files.ts';
import * as v from 'valibot';
import type { PageInput, Prerender } from './build-prerenderer.ts';
import { forEachLimited } from './compile-posts.ts';
import type { PageTemplate } from './compose-page.ts';
import type { Progress } from './progress-bar.ts';

const WRITE_CONCURRENCY = 32;

/**
 * Writes the whole site into `outDir` (after Vite wrote the bundle): the post and index JSON,
 * the ID files, a prerendered HTML page for every published post, every index page and the
 * 404 page, feeds, sitemaps, robots.txt, `_headers` and `_redirects`. Drafts are nowhere.
 * Every step is linear in the number of posts; pages are written as they are rendered, so
 * memory holds the posts once, never all the HTML.
 */
export async function writeSite(options: {
  outDir: string;
  site: SiteConfig;
  posts: Post[];
  redirects: Redirect[];
  template: PageTemplate;
  prerender: Prerender;
  progress: (total: number) => Progress;
}): Promise<{ files: number; pages: number }> {
  const { outDir, site, template, prerender } = options;
  let files = 0;
  // Folders already made: thousands of pages share a few parents, and mkdir is a syscall.
  const made = new Set<string>();
  const write = async (name: string, content: string) => {
    const target = path.resolve(outDir, name);
    if (!target.startsWith(path.resolve(outDir) + path.sep)) {
      throw new Error(`Folio refused to write ${name}: it is outside ${outDir}`);
    }
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(target, content);
    files++;
  };

  // Index pages, collisions and draft filtering are the compiler's; sections are not needed
  // for that, so they stay out of this copy.
  const outputs = siteOutputs(
    options.posts.map((post) => ({ ...post, sections: [] })),
    { pageSize: site.pageSize, includeDrafts: false },
  );
  const published = options.posts
    .filter((post) => !post.draft && outputs.files.has(postDataFile(post.path)))
    .sort(newestFirst);
  const firstPage = outputs.files.get(indexPageFile(1));
  const pageCount = firstPage ? v.parse(indexPageSchema, JSON.parse(firstPage)).pageCount : 0;
  const indexPages = Array.from({ length: pageCount }, (_, index): [string, string] => {
    const name = indexPageFile(index + 1);
    return [name, outputs.files.get(name) ?? ''];
  });

  const progress = options.progress(published.length + indexPages.length + 1);
  const renderPage = async (file: string, page: PageInput) => {
    await write(file, template.compose(await prerender(site, page)));
    progress.tick();
  };

  await forEachLimited(published.length, WRITE_CONCURRENCY, async (index) => {
    const post = published[index];
    if (post === undefined) return;
    await write(postDataFile(post.path), JSON.stringify(post));
    await renderPage(pageFile(post.path), { kind: 'post', post });
    // The iframe variant is an app shell: the app's embed route renders it from the JSON.
    await write(embedPageFile(post.path), template.compose(embedShell(site, post)));
    await write(oembedFile(post.path), oembedJson(site, post));
  });
  await forEachLimited(indexPages.length, WRITE_CONCURRENCY, async (index) => {
    const entry = indexPages[index];
    if (entry === undefined) return;
    const [name, json] = entry;
    await write(name, json);
    const page = v.parse(indexPageSchema, JSON.parse(json));
    await renderPage(pageFile(indexPagePath(page.page)), { kind: 'index', index: page });
  });
  await renderPage('404.html', { kind: 'not-found' });
  progress.done();

  const ids = published.flatMap(({ id, path }) => (id === null ? [] : [{ id, path }]));
  const extra = new Map<string, string>([
    ...idRecordFiles(ids),
    ...feedFiles(site, published.slice(0, FEED_SIZE)),
    ...sitemapFiles(site, [
      { path: '/' },
      ...published.map((post) => ({ path: post.path, lastmod: post.date })),
    ]),
    ['robots.txt', robotsTxt(site)],
    [
      '_headers',
      headersFile(site.base, template.styleHashes) + embedHeaders(site.base, template.styleHashes),
    ],
    ['_redirects', redirectsFile(site, options.redirects, ids)],
    ...options.redirects.map(({ from, to }): [string, string] => [
      redirectPageFile(from),
      redirectPage(site, to),
    ]),
  ]);
  const entries = [...extra];
  await forEachLimited(entries.length, WRITE_CONCURRENCY, async (index) => {
    const entry = entries[index];
    if (entry) await write(entry[0], entry[1]);
  });
  return { files, pages: published.length + indexPages.length + 1 };
}

/** The embed page: head tags only; no markup or page data, so the app renders it afresh. */
function embedShell(site: SiteConfig, post: Post) {
  return { head: embedPageHead(site, post), root: '', data: '' };
}

/**
 * Cross-origin use (README "Embedding"): the data files, oEmbed JSON and the embed script (when
 * copied into the site) are readable from any origin (public, no cookies), and embed pages
 * may be framed anywhere. `! Content-Security-Policy` is Cloudflare Pages' syntax for dropping
 * the site-wide policy (its `frame-ancestors 'self'`) before setting one without it (other
 * hosts: see README "Embedding").
 */
function embedHeaders(base: string, styleHashes: string[]): string {
  return [
    `${base}folio-data/*`,
    '  Access-Control-Allow-Origin: *',
    `${base}folio-embed.js`,
    '  Access-Control-Allow-Origin: *',
    `${base}*/embed/oembed.json`,
    '  Access-Control-Allow-Origin: *',
    `${base}*/embed/`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${metaContentSecurityPolicy(styleHashes)}; frame-ancestors *`,
    '',
  ].join('\n');
}

/** `/blog/a/` → `blog/a/index.html`; `/` → `index.html`. */
function pageFile(sitePath: string): string {
  return `${sitePath.replace(/^\/+/, '')}index.html`;
}

function newestFirst(a: Post, b: Post): number {
  const difference = Date.parse(b.date) - Date.parse(a.date);
  if (difference !== 0 && !Number.isNaN(difference)) return difference;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
