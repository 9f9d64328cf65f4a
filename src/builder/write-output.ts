import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Redirect } from '../compiler/site/redirects.ts';
import { metaContentSecurityPolicy } from '../compiler/site/security-headers.ts';
import type { Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { writerFingerprint } from './compiler-fingerprint.ts';
import { createPageTemplate } from './compose-page.ts';
import type { PrerenderBundle } from './prerender-bundle.ts';
import { hashOf, manifestFile, readManifest, writeManifest } from './output-manifest.ts';
import { createInlineRunner } from './page-files.ts';
import { createProgress } from './progress-bar.ts';
import { listOutputFiles, removeStaleFiles } from './remove-stale-files.ts';
import { createPooledRunner } from './render-pool.ts';
import { createSiteWriter } from './site-writer.ts';
import type { WorkerPool } from './worker-pool.ts';
import { writeSite } from './write-site.ts';

/**
 * Page jobs to run from which pages are prerendered on worker threads: starting them costs
 * about a second and 120 MB each (1,000 posts: 3.9 s to write the site with two workers,
 * 6.3 s without), so a rebuild with a few pages to render does it here.
 */
const RENDER_POOL_THRESHOLD = 1000;

/**
 * Everything the build writes after the bundler's output: renders and writes the site
 * (write-site.ts) on this thread or on the pool's threads, only what changed since the last
 * build into this folder (output-manifest.ts), removes what the
 * build no longer makes when the folder is to be emptied, and records the new manifest.
 */
export async function writeOutput(options: {
  /** The app's prerenderer, built for this build (the adapter builds it with its bundler). */
  prerenderer: PrerenderBundle;
  /** Files of the public folder the bundler copied into the output (paths with `/`). */
  publicFiles: readonly string[];
  /** False when the bundler wrote nothing to disk (Vite's `build.write`). */
  write: boolean;
  outDir: string;
  /** Folio's cache folder: the output manifests live in it. */
  cacheRoot: string;
  site: SiteConfig;
  redirects: Redirect[];
  /** The build's worker pool, for rendering many pages on its threads. */
  pool: WorkerPool;
  posts: Post[];
  searchTexts: ReadonlyMap<string, string>;
  bodies: ReadonlyMap<string, string>;
  indexHtml: string;
  stylesheets: ReadonlyMap<string, string>;
  /** The files the bundler has just written. */
  bundleFiles: ReadonlySet<string>;
  /** Whether the output folder is to hold this build's files only (the bundler's `emptyOutDir`). */
  emptiesOutDir: boolean;
}): Promise<{ pages: number; rendered: number; files: number; removed: number }> {
  const { prerenderer, publicFiles, outDir, cacheRoot, site, redirects, pool, posts } = options;
  const { searchTexts, bodies } = options;
  const { indexHtml, stylesheets, bundleFiles, emptiesOutDir } = options;
  const { bundle, buildId, prerender } = prerenderer;
  const template = createPageTemplate(indexHtml, {
    lang: site.locale,
    stylesheets,
    csp: metaContentSecurityPolicy,
  });
  const manifestPath = manifestFile(cacheRoot, outDir);
  const previous = readManifest(manifestPath);
  // Gone until this build has written everything: if it fails halfway, the next one
  // must not trust files this one may have half replaced.
  rmSync(manifestPath, { force: true });
  const folioVersion = await writerFingerprint();
  const fingerprint = hashOf(
    JSON.stringify([
      folioVersion,
      hashOf(readFileSync(bundle, 'utf8')),
      indexHtml,
      [...stylesheets],
      site,
      redirects,
    ]),
  );
  const dirty = new Set([...bundleFiles, ...publicFiles]);
  // What the folder holds now (the last build's files, and the bundle's just written): checked
  // instead of asking the disk about each file, and the stale ones removed at the end.
  const listing = listOutputFiles(outDir);
  const exists = (name: string) => listing.files.has(name);
  const writer = createSiteWriter(outDir, { previous: previous.files, dirty, exists });
  // Many pages to render are rendered on the pool's threads; a few here, where starting
  // threads would cost more than it saves.
  const startRunner = async (jobs: number) =>
    jobs >= RENDER_POOL_THRESHOLD && pool.size > 1
      ? createPooledRunner(pool, {
          bundle,
          buildId,
          site,
          indexHtml,
          stylesheets: [...stylesheets],
          outDir,
        })
      : createInlineRunner({ site, prerender, template, writer: createSiteWriter(outDir) });
  const written = await writeSite({
    outDir,
    site,
    posts,
    redirects: redirects,
    template,
    searchTexts,
    bodies,
    writer,
    startRunner,
    previous,
    fingerprint,
    folioVersion,
    searchCacheDir: path.join(cacheRoot, 'search'),
    dirty,
    exists,
    progress: (total) => createProgress(total, 'pages', process.stdout),
  });
  let removed = 0;
  if (options.write && emptiesOutDir) {
    const { jobs, files } = written.manifest;
    removed = removeStaleFiles(
      outDir,
      listing,
      new Set([
        ...dirty,
        ...Object.keys(files),
        ...Object.values(jobs).flatMap((job) => job.files),
      ]),
    );
  }
  await writeManifest(manifestPath, written.manifest);
  return { ...written, removed };
}
