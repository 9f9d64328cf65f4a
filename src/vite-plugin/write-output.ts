import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from 'vite';
import type { Redirect } from '../compiler/site/redirects.ts';
import { metaContentSecurityPolicy } from '../compiler/site/security-headers.ts';
import type { Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { buildPrerenderer } from './build-prerenderer.ts';
import { writerFingerprint } from './compiler-fingerprint.ts';
import { createPageTemplate } from './compose-page.ts';
import { hashOf, manifestFile, readManifest, writeManifest } from './output-manifest.ts';
import { createInlineRunner } from './page-files.ts';
import { createProgress } from './progress-bar.ts';
import { listOutputFiles, removeStaleFiles } from './remove-stale-files.ts';
import { createRenderPool } from './render-pool.ts';
import { createSiteWriter } from './site-writer.ts';
import { writeSite } from './write-site.ts';

/**
 * Where the prerender bundle is built (a self-contained file, see build-prerenderer.ts):
 * inside Folio's own node_modules, one folder per build, removed afterwards, so parallel
 * builds never share one.
 */
const PRERENDER_ROOT = fileURLToPath(
  new URL('../../node_modules/.folio-prerender/', import.meta.url),
);

/**
 * Page jobs to run from which pages are prerendered on worker threads: starting them costs
 * about a second and 120 MB each (1,000 posts: 3.9 s to write the site with two workers,
 * 6.3 s without), so a rebuild with a few pages to render does it here.
 */
const RENDER_POOL_THRESHOLD = 1000;

/**
 * Everything the build writes after Vite's bundle (closeBundle): builds the prerenderer,
 * renders and writes the site (write-site.ts) on this thread or on render workers, only what
 * changed since the last build into this folder (output-manifest.ts), removes what the
 * build no longer makes when the folder is to be emptied, and records the new manifest.
 */
export async function writeOutput(options: {
  config: ResolvedConfig;
  outDir: string;
  /** Folio's cache folder: the output manifests live in it. */
  cacheRoot: string;
  site: SiteConfig;
  redirects: Redirect[];
  /** Render workers to use; default: one per core. */
  workers: number | undefined;
  posts: Post[];
  searchTexts: ReadonlyMap<string, string>;
  bodies: ReadonlyMap<string, string>;
  indexHtml: string;
  stylesheets: ReadonlyMap<string, string>;
  /** The files Vite's bundle has just written. */
  bundleFiles: ReadonlySet<string>;
  /** Whether the output folder is to hold this build's files only (Vite's `emptyOutDir`). */
  emptiesOutDir: boolean;
}): Promise<{ pages: number; rendered: number; files: number; removed: number }> {
  const { config, outDir, cacheRoot, site, redirects, workers, posts, searchTexts, bodies } =
    options;
  const { indexHtml, stylesheets, bundleFiles, emptiesOutDir } = options;
  const prerenderDir = path.join(
    PRERENDER_ROOT,
    `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  );
  const { bundle, buildId, prerender } = await buildPrerenderer({
    root: config.root,
    mode: config.mode,
    outDir: prerenderDir,
    site,
  });
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
  const publicFiles = publicFilesOf(config);
  const dirty = new Set([...bundleFiles, ...publicFiles]);
  // What the folder holds now (the last build's files, and Vite's just written): checked
  // instead of asking the disk about each file, and the stale ones removed at the end.
  const listing = listOutputFiles(outDir);
  const exists = (name: string) => listing.files.has(name);
  const writer = createSiteWriter(outDir, { previous: previous.files, dirty, exists });
  // Many pages to render are rendered on worker threads, one per core; a few here, where
  // starting workers would cost more than it saves.
  const threads = Math.min(workers ?? availableParallelism(), 8);
  const startRunner = async (jobs: number) =>
    jobs >= RENDER_POOL_THRESHOLD && threads > 1
      ? await createRenderPool(threads, {
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
  if (config.build.write && emptiesOutDir) {
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
  await rm(prerenderDir, { recursive: true, force: true });
  return { ...written, removed };
}

/**
 * Whether Vite would have emptied `outDir` before writing (Folio sets `emptyOutDir: false`
 * and does it itself): as configured, else when the folder is inside the project root.
 */
export function viteWouldEmpty(
  emptyOutDir: boolean | undefined,
  outDir: string,
  root: string,
): boolean {
  if (emptyOutDir !== undefined) return emptyOutDir;
  const relative = path.relative(path.resolve(root), outDir);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The files Vite copies from the public folder into the output (paths with `/`). */
function publicFilesOf(config: ResolvedConfig): string[] {
  const { publicDir } = config;
  if (!config.build.copyPublicDir || publicDir === '' || !existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(publicDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}
