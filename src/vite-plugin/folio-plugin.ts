import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Plugin, ResolvedConfig } from 'vite';
import { invalidPostMode, planSite } from '../compiler/build-policy.ts';
import { formatDiagnostic } from '../compiler/diagnostic.ts';
import { isPublic } from '../compiler/publication.ts';
import { readPostFiles } from '../compiler/read-posts.ts';
import { metaContentSecurityPolicy } from '../compiler/site/security-headers.ts';
import type { Post } from '../content/post-schema.ts';
import { buildPrerenderer } from './build-prerenderer.ts';
import { createCompileCache } from './compile-cache.ts';
import { compilePosts } from './compile-posts.ts';
import { compilerFingerprint, writerFingerprint } from './compiler-fingerprint.ts';
import { createPageTemplate } from './compose-page.ts';
import { createInlineRunner } from './page-files.ts';
import { hashOf, manifestFile, readManifest, writeManifest } from './output-manifest.ts';
import { removeStaleFiles } from './remove-stale-files.ts';
import { withoutBody } from './post-bodies.ts';
import { createRenderPool } from './render-pool.ts';
import { attachDevServer } from './dev-server.ts';
import { resolveFolioOptions, type FolioApi, type FolioOptions } from './folio-options.ts';
import { createHeaderCache } from './header-cache.ts';
import { createPostStore } from './post-store.ts';
import { createProgress } from './progress-bar.ts';
import { PRODUCTION_RUNTIME_ALIASES, quietRuntimeWarnings } from './production-runtime.ts';
import { serveNotFoundPage } from './preview-not-found.ts';
import { loadSiteModule, resolveSiteModule } from './site-module.ts';
import { createSiteWriter } from './site-writer.ts';
import { writeSite } from './write-site.ts';

/**
 * Where the prerender bundle is built: inside Folio's own node_modules, so that the bundle's
 * imports of react, react-dom and react-router resolve to Folio's copies from any site root.
 * One folder per build, removed afterwards, so parallel builds never share one.
 */
const PRERENDER_ROOT = fileURLToPath(
  new URL('../../node_modules/.folio-prerender/', import.meta.url),
);

/** Published posts from which pages are prerendered on worker threads (measured: below it,
 * starting the workers costs more than it saves). */
const RENDER_POOL_THRESHOLD = 1000;

/**
 * Folio's Vite plugin. Dev: compiles the posts folder into memory, serves the post JSON and
 * pushes updates on save. Build: compiles every post (in parallel, through the compile
 * cache); any error fails the build and lists every problem with file, line and field.
 * After Vite wrote the bundle, it prerenders every page with the app's own React tree and
 * writes the data, feeds, sitemaps and static-host files next to it (write-site.ts).
 */
export function folio(options: FolioOptions = {}): Plugin {
  const resolved = resolveFolioOptions(options, process.env);
  const { site, postsDir } = resolved;
  const compiler = { origin: site.origin, timeZone: site.timeZone, base: site.base };
  let config: ResolvedConfig | undefined;
  let posts: Post[] | undefined;
  /** Each compiled post's plain text for the search index, by source file. */
  const searchTexts = new Map<string, string>();
  /** Each compiled post's compile cache entry, where its sections wait (post-bodies.ts). */
  const bodies = new Map<string, string>();
  let indexHtml: string | undefined;
  /** The user's `build.emptyOutDir`, which Folio carries out itself (see closeBundle). */
  let userEmptyOutDir: boolean | undefined;
  /** Files Vite's bundle wrote into the output folder this build. */
  const bundleFiles = new Set<string>();
  const stylesheets = new Map<string, string>();

  const cacheRoot = (resolvedConfig: ResolvedConfig) =>
    resolved.cacheDir === undefined
      ? path.join(path.dirname(resolvedConfig.cacheDir), '.folio-cache')
      : path.resolve(resolvedConfig.root, resolved.cacheDir);

  return {
    name: 'folio',
    // What tools outside Vite's pipeline need (npm run new): see new-post-cli.ts.
    api: { postsDir, site } satisfies FolioApi,
    config(userConfig, { command }) {
      userEmptyOutDir = userConfig.build?.emptyOutDir ?? undefined;
      return {
        base: site.base,
        resolve: command === 'build' ? { alias: PRODUCTION_RUNTIME_ALIASES } : {},
        // The dev server watches the posts itself (dev-server.ts): Vite's watcher would scan
        // every post of a big blog inside the project at start-up for nothing.
        server: { watch: { ignored: [`${path.resolve(postsDir)}/**`] } },
        // One stylesheet, linked from index.html, which the build inlines into every page: CSS
        // imported by the app's lazily loaded modules must not arrive after the first paint.
        build: {
          cssCodeSplit: false,
          // Folio empties the output folder itself, after the build, deleting only the files
          // this build did not write or keep: a rebuild leaves unchanged pages alone.
          ...(command === 'build' ? { emptyOutDir: false } : {}),
          ...(command === 'build' ? { rolldownOptions: { onwarn: quietRuntimeWarnings } } : {}),
        },
      };
    },
    configResolved(resolvedConfig) {
      config = resolvedConfig;
    },
    resolveId(id) {
      return resolveSiteModule(id);
    },
    load(id) {
      return loadSiteModule(id, site);
    },
    configureServer(server) {
      const cacheDir = cacheRoot(server.config);
      const fingerprint = compilerFingerprint();
      // Drafts and scheduled posts are part of the preview: authors see them with a badge.
      const store = createPostStore({
        postsDir,
        compiler,
        pageSize: site.pageSize,
        // No cache is slower, never wrong.
        cache: fingerprint.then(
          (version) => createCompileCache(path.join(cacheDir, 'posts'), version),
          () => undefined,
        ),
        headerCache: fingerprint.then(
          (version) =>
            createHeaderCache(
              path.join(
                cacheDir,
                `headers-${shortHash(version, compiler, path.resolve(postsDir))}.json`,
              ),
            ),
          () => undefined,
        ),
      });
      attachDevServer(server, store, { postsDir, base: site.base });
    },
    // The dev server's pages speak the site's language too (the build's pages get it from
    // compose-page.ts); locales are checked by Intl at start-up, so the value is a plain tag.
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return config?.command === 'serve'
          ? html.replace(/<html lang="[^"]*"/, `<html lang="${site.locale}"`)
          : html;
      },
    },
    configurePreviewServer(server) {
      serveNotFoundPage(server, site.base);
    },
    async buildStart() {
      if (config?.command !== 'build' || config.build.ssr) return;
      const started = performance.now();
      const inputs = await readPostFiles(postsDir);
      const cache = createCompileCache(
        path.join(cacheRoot(config), 'posts'),
        await compilerFingerprint(),
      );
      const compiled = await compilePosts(inputs, {
        config: compiler,
        cache,
        progress: createProgress(inputs.length, 'posts', process.stdout),
        workers: resolved.workers,
      });
      const cached = compiled.filter((entry) => entry.cached).length;
      config.logger.info(
        `[folio] ${inputs.length} posts in ${seconds(started)} (${cached} from the compile cache)`,
      );
      const plan = planSite(
        compiled.map(({ result }) => result),
        { onInvalid: invalidPostMode(process.argv, process.env) },
      );
      for (const d of plan.warnings) this.warn(formatDiagnostic(d));
      if (plan.errors.length > 0) {
        this.error(
          `${plan.errors.length} problem(s) in ${postsDir}:\n${plan.errors.map(formatDiagnostic).join('\n')}` +
            '\nFix them, or build with --skip-invalid (FOLIO_SKIP_INVALID=1) to publish the valid posts only.',
        );
      }
      // Drafts and scheduled posts never reach the production site: no page, no JSON, no
      // index entry, feed item or sitemap URL.
      const now = Date.now();
      for (const { result, cacheFile } of compiled) {
        if (!result.ok) continue;
        searchTexts.set(result.post.source, result.searchText);
        if (cacheFile !== null) bodies.set(result.post.source, cacheFile);
      }
      posts = plan.publish
        .filter((post) => isPublic(post, now))
        .map((post) => (bodies.has(post.source) ? withoutBody(post) : post));
    },
    generateBundle: {
      // After Vite's own HTML plugin, so that index.html is in the bundle to use as template.
      order: 'post',
      handler(_options, bundle) {
        if (posts === undefined) return;
        for (const name of Object.keys(bundle)) bundleFiles.add(name);
        const html = bundle['index.html'];
        if (html?.type === 'asset') indexHtml = String(html.source);
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) {
            stylesheets.set(`${site.base}${file.fileName}`, String(file.source));
          }
        }
      },
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (config === undefined || posts === undefined || indexHtml === undefined) return;
        const started = performance.now();
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
        const outDir = path.resolve(config.root, config.build.outDir);
        const manifestPath = manifestFile(cacheRoot(config), outDir);
        const previous = readManifest(manifestPath);
        // Gone until this build has written everything: if it fails halfway, the next one
        // must not trust files this one may have half replaced.
        rmSync(manifestPath, { force: true });
        const fingerprint = hashOf(
          JSON.stringify([
            await writerFingerprint(),
            hashOf(readFileSync(bundle, 'utf8')),
            indexHtml,
            [...stylesheets],
            site,
            resolved.redirects,
          ]),
        );
        const publicFiles = publicFilesOf(config);
        const dirty = new Set([...bundleFiles, ...publicFiles]);
        const writer = createSiteWriter(outDir, { previous: previous.files, dirty });
        // A big site's pages are rendered on worker threads, one per core; a small one's here,
        // where starting workers would cost more than it saves.
        const workers = Math.min(resolved.workers ?? availableParallelism(), 8);
        const runner =
          posts.length >= RENDER_POOL_THRESHOLD && workers > 1
            ? await createRenderPool(workers, {
                bundle,
                buildId,
                site,
                indexHtml,
                stylesheets: [...stylesheets],
                outDir,
              })
            : createInlineRunner({ site, prerender, template, writer: createSiteWriter(outDir) });
        let written: Awaited<ReturnType<typeof writeSite>>;
        try {
          written = await writeSite({
            outDir,
            site,
            posts,
            redirects: resolved.redirects,
            template,
            searchTexts,
            bodies,
            writer,
            runner,
            previous,
            fingerprint,
            dirty,
            progress: (total) => createProgress(total, 'pages', process.stdout),
          });
        } finally {
          await runner.close();
        }
        posts = undefined;
        searchTexts.clear();
        bodies.clear();
        let removed = 0;
        if (config.build.write && viteWouldEmpty(userEmptyOutDir, outDir, config.root)) {
          const { jobs, files } = written.manifest;
          removed = removeStaleFiles(
            outDir,
            new Set([
              ...dirty,
              ...Object.keys(files),
              ...Object.values(jobs).flatMap((job) => job.files),
            ]),
          );
        }
        await writeManifest(manifestPath, written.manifest);
        bundleFiles.clear();
        await rm(prerenderDir, { recursive: true, force: true });
        config.logger.info(
          `[folio] ${written.pages} pages (${written.rendered} prerendered, the rest unchanged), ` +
            `${written.files} files written, ${removed} stale removed in ${seconds(started)}`,
        );
      },
    },
  };
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

/** A short stable name for a combination of values (cache file names). */
function shortHash(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}
