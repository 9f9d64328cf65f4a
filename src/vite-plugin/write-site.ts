import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planSiteData } from '../compiler/site-outputs.ts';
import { listingJson, type ListingPage } from '../compiler/site/listings.ts';
import { feedFiles } from '../compiler/site/feeds.ts';
import { idRecordFiles } from '../compiler/site/id-records.ts';
import {
  monthRedirects,
  redirectPage,
  redirectPageFile,
  redirectsFile,
  type Redirect,
} from '../compiler/site/redirects.ts';
import { embedPageFile, embedPageHead, oembedFile, oembedJson } from '../compiler/site/oembed.ts';
import { headersFile, metaContentSecurityPolicy } from '../compiler/site/security-headers.ts';
import { robotsTxt, sitemapFiles } from '../compiler/site/sitemap.ts';
import { postDataFile } from '../content/data-paths.ts';
import type { Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { FEED_SIZE } from '../content/site-files.ts';
import type { PageInput, Prerender } from './build-prerenderer.ts';
import { forEachLimited } from './compile-posts.ts';
import type { PageTemplate } from './compose-page.ts';
import type { Progress } from './progress-bar.ts';
import { searchIndexFile, searchPageFile } from './search-index-file.ts';

const WRITE_CONCURRENCY = 32;

/**
 * Writes the whole site into `outDir` (after Vite wrote the bundle): the post and listing JSON,
 * the ID files, a prerendered HTML page for every published post, every index, author and
 * month page, the list of months and the 404 page, feeds, sitemaps, robots.txt, `_headers` and `_redirects`. Drafts are nowhere.
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

  // Collisions, draft filtering, navigation and every listing page are the compiler's.
  const plan = planSiteData(options.posts, { pageSize: site.pageSize, includeDrafts: false });
  const published = plan.posts;
  const pages = plan.pages;

  const progress = options.progress(published.length + pages.length + 1);
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
  await forEachLimited(pages.length, WRITE_CONCURRENCY, async (index) => {
    const page = pages[index];
    if (page === undefined) return;
    await write(page.file, JSON.stringify(listingJson(page.data)));
    await renderPage(pageFile(page.path), page.data);
  });
  await renderPage('404.html', { kind: 'not-found' });
  progress.done();

  const ids = published.flatMap(({ id, path }) => (id === null ? [] : [{ id, path }]));
  const extra = new Map<string, string>([
    searchIndexFile(published),
    searchPageFile(site, template),
    ...idRecordFiles(ids),
    ...feedFiles(site, published.slice(0, FEED_SIZE)),
    ...sitemapFiles(site, [
      { path: '/' },
      ...published.map((post) => ({ path: post.path, lastmod: post.date })),
      // Each author's and month's first page (the rest are reached from it), and the months.
      ...pages.flatMap((page) => (isFirstListingPage(page) ? [{ path: page.path }] : [])),
    ]),
    ['robots.txt', robotsTxt(site)],
    [
      '_headers',
      headersFile(site.base, template.styleHashes) + embedHeaders(site.base, template.styleHashes),
    ],
    [
      '_redirects',
      redirectsFile(
        site,
        [
          ...options.redirects,
          ...monthRedirects(
            pages.flatMap(({ data }) =>
              data.kind === 'archive-index' ? data.archiveIndex.months : [],
            ),
            [...published.map((post) => post.path), ...options.redirects.map(({ from }) => from)],
          ),
        ],
        ids,
      ),
    ],
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
  return { files, pages: published.length + pages.length + 1 };
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

/** Author and month pages 1, and the list of months (the index's `/` is listed on its own). */
function isFirstListingPage({ data }: ListingPage): boolean {
  if (data.kind === 'author') return data.author.page === 1;
  if (data.kind === 'archive') return data.archive.page === 1;
  return data.kind === 'archive-index';
}
