import path from 'node:path';
import { planSiteData } from '../compiler/site-outputs.ts';
import type { ListingPage } from '../compiler/site/listings.ts';
import { feedFiles } from '../compiler/site/feeds.ts';
import { idRecordFiles } from '../compiler/site/id-records.ts';
import {
  monthRedirects,
  redirectPage,
  redirectPageFile,
  redirectsFile,
  type Redirect,
} from '../compiler/site/redirects.ts';
import { headersFile, metaContentSecurityPolicy } from '../compiler/site/security-headers.ts';
import { robotsTxt, sitemapFiles } from '../compiler/site/sitemap.ts';
import type { Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { FEED_SIZE } from '../content/site-files.ts';
import { forEachLimited } from './compile-posts.ts';
import type { PageTemplate } from './compose-page.ts';
import { jobId, type PageJob, type PageJobRunner } from './page-files.ts';
import { hashOf, type OutputManifest } from './output-manifest.ts';
import { searchTextIn, withBody } from './post-bodies.ts';
import type { Progress } from './progress-bar.ts';
import { searchPageFile, writeSearchIndex, type SearchSource } from './search-index-file.ts';
import type { SiteWriter } from './site-writer.ts';

/**
 * Page jobs in flight at once: enough to keep every render worker busy while this thread
 * builds the search index between two feeds, few enough that the workers hold only a small
 * window of the site's posts.
 */
const JOBS_IN_FLIGHT = 64;
/** The site files that are not pages, written a few at a time. */
const WRITE_CONCURRENCY = 32;

/**
 * Writes the whole site into `outDir` (after Vite wrote the bundle): the post and listing JSON,
 * the ID files, a prerendered HTML page for every published post, every index, author and
 * month page, the list of months and the 404 page, feeds, sitemaps, robots.txt, `_headers` and `_redirects`. Drafts are nowhere.
 * Every step is linear in the number of posts; pages are written as they are rendered, so
 * memory holds the posts (without their bodies, see post-bodies.ts), never all the HTML.
 * Only what changed since `previous` is written (output-manifest.ts).
 */
export async function writeSite(options: {
  outDir: string;
  site: SiteConfig;
  posts: Post[];
  redirects: Redirect[];
  template: PageTemplate;
  /** The plain text (the compiler's `searchText`) of each post not in `bodies`, by source. */
  searchTexts: ReadonlyMap<string, string>;
  /** For lean posts (no sections, no text): the compile cache entry of each, by source. */
  bodies: ReadonlyMap<string, string>;
  /**
   * Writes the site-wide files; the runner started for the number of page jobs to run
   * writes each page's own (page-files.ts), and is closed when they are done.
   */
  writer: SiteWriter;
  startRunner: (jobs: number) => Promise<PageJobRunner>;
  /**
   * What the last build wrote (output-manifest.ts), a hash of everything every page depends
   * on besides its own data (the app, the template, the config, Folio's code), and the files
   * Vite's bundle has just written over (never kept).
   */
  previous: OutputManifest;
  fingerprint: string;
  /**
   * Folio's own code and locked dependencies (writerFingerprint): all that the search index
   * depends on besides its posts, so that a change to the app or the config (which reaches
   * the posts' paths and dates anyway) does not re-index the blog.
   */
  folioVersion: string;
  /** Where the search index keeps each part's inverted index between builds. */
  searchCacheDir: string;
  dirty: ReadonlySet<string>;
  /** Whether a file (relative to `outDir`, with `/`) was in the output before this build. */
  exists: (name: string) => boolean;
  progress: (total: number) => Progress;
}): Promise<{ files: number; pages: number; rendered: number; manifest: OutputManifest }> {
  const { site, template, writer, previous, dirty } = options;
  const write = (name: string, content: string) => writer.write(name, content);

  // Collisions, draft filtering, navigation and every listing page are the compiler's.
  const plan = planSiteData(options.posts, { pageSize: site.pageSize, includeDrafts: false });
  const published = plan.posts;
  const pages = plan.pages;

  const jobs: PageJob[] = [
    ...published.map((post): PageJob => {
      const body = options.bodies.get(post.source);
      return body === undefined ? { kind: 'post', post } : { kind: 'post', post, body };
    }),
    ...pages.map((page): PageJob => ({ kind: 'listing', page })),
    { kind: 'not-found' },
  ];
  // A job whose input, and everything else its files depend on, is what the last build
  // wrote, is not run again as long as its files are still there.
  const manifestJobs: OutputManifest['jobs'] = {};
  const outdated: { job: PageJob; id: string; key: string }[] = [];
  for (const job of jobs) {
    const id = jobId(job);
    const key = hashOf(`${options.fingerprint}\0${JSON.stringify(job)}`);
    const last = previous.jobs[id];
    const kept =
      last?.key === key && last.files.every((file) => !dirty.has(file) && options.exists(file));
    if (kept) manifestJobs[id] = last;
    else outdated.push({ job, id, key });
  }
  const searchSources = published.map((post) => searchSource(post, options));
  const progress = options.progress(outdated.length);
  let pageFiles = 0;
  const runner = await options.startRunner(outdated.length);
  try {
    const rendering = forEachLimited(outdated.length, JOBS_IN_FLIGHT, async (index) => {
      const entry = outdated[index];
      if (entry === undefined) return;
      const files = await runner.run(entry.job);
      manifestJobs[entry.id] = { key: entry.key, files };
      pageFiles += files.length;
      progress.tick();
    });
    // Meanwhile (the pages are written on worker threads for a big site), this thread indexes
    // the search parts that changed, yielding now and then so that the workers are fed.
    const indexing = writeSearchIndex(searchSources, {
      writer,
      fingerprint: options.folioVersion,
      cacheDir: options.searchCacheDir,
    });
    // Both settle before the workers close, and a failure of either is the build's.
    const [rendered, indexed] = await Promise.allSettled([rendering, indexing]);
    if (rendered.status === 'rejected') throw rendered.reason;
    if (indexed.status === 'rejected') throw indexed.reason;
  } finally {
    await runner.close();
  }
  progress.done();

  const ids = published.flatMap(({ id, path }) => (id === null ? [] : [{ id, path }]));
  const extra = new Map<string, string>([
    searchPageFile(site, template),
    ...idRecordFiles(ids),
    ...feedFiles(
      site,
      published.slice(0, FEED_SIZE).map((post) => {
        const body = options.bodies.get(post.source);
        return body === undefined ? post : withBody(post, body);
      }),
    ),
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
  return {
    files: writer.count + pageFiles,
    pages: jobs.length,
    rendered: outdated.length,
    manifest: {
      version: previous.version,
      jobs: manifestJobs,
      files: Object.fromEntries(writer.hashes),
    },
  };
}

/**
 * Cross-origin use (README "Embedding"): the data files, oEmbed JSON and the embed script
 * (which the build publishes) are readable from any origin (public, no cookies), and embed pages
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
    // A name that never changes: pages that paste it get each new build (after a 304 check).
    '  Cache-Control: no-cache',
    `${base}*/embed/oembed.json`,
    '  Access-Control-Allow-Origin: *',
    `${base}*/embed/`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${metaContentSecurityPolicy(styleHashes)}; frame-ancestors *`,
    '',
  ].join('\n');
}

/** Author and month pages 1, and the list of months (the index's `/` is listed on its own). */
function isFirstListingPage({ data }: ListingPage): boolean {
  if (data.kind === 'author') return data.author.page === 1;
  if (data.kind === 'archive') return data.archive.page === 1;
  return data.kind === 'archive-index';
}

/** What the search index needs of `post`: its text, from its cache entry when it is lean. */
function searchSource(
  post: Post,
  options: { bodies: ReadonlyMap<string, string>; searchTexts: ReadonlyMap<string, string> },
): SearchSource {
  const { title, author, date, source } = post;
  const cacheFile = options.bodies.get(source);
  if (cacheFile !== undefined) {
    // The entry's name is a hash of all that the compiled post depends on (its folder is
    // not: the same posts must give the same part names from any cache).
    const version = path.basename(cacheFile);
    return {
      title,
      path: post.path,
      author,
      date,
      version,
      text: () => searchTextIn(post, cacheFile),
    };
  }
  const text = options.searchTexts.get(source);
  // Every published post was compiled this build, and its text came with it.
  if (text === undefined) throw new Error(`Folio has no search text for ${source}`);
  return { title, path: post.path, author, date, version: hashOf(text), text: () => text };
}
