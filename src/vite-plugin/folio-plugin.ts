import { createHash } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Plugin, ResolvedConfig } from 'vite';
import { invalidPostMode } from '../compiler/build-policy.ts';
import { formatDiagnostic } from '../compiler/diagnostic.ts';
import { createCompileCache } from '../builder/compile-cache.ts';
import { compileSite, type CompiledSite } from '../builder/compile-site.ts';
import { compilerFingerprint } from '../builder/compiler-fingerprint.ts';
import { attachDevServer } from './dev-server.ts';
import { resolveFolioOptions, type FolioApi, type FolioOptions } from './folio-options.ts';
import { createHeaderCache } from '../builder/header-cache.ts';
import { createPostStore } from '../builder/post-store.ts';
import { createProgress } from '../builder/progress-bar.ts';
import { serveNotFoundPage } from './preview-not-found.ts';
import { loadSiteModule, resolveSiteModule } from './site-module.ts';
import { createWorkerPool, type WorkerPool } from '../builder/worker-pool.ts';
import { writeOutput } from '../builder/write-output.ts';
import { buildPrerenderer } from './build-prerenderer.ts';
import { buildScriptEmbed } from './script-embed-build.ts';
import { publicFilesOf, viteWouldEmpty } from './vite-output.ts';

/**
 * Folio's Vite plugin. Dev: compiles the posts folder into memory, serves the post JSON and
 * pushes updates on save. Build: compiles every post (in parallel, through the compile
 * cache); any error fails the build and lists every problem with file, line and field.
 * After Vite wrote the bundle, it prerenders every page with the app's own component tree and
 * writes the data, feeds, sitemaps and static-host files next to it, only what changed since
 * the last build (write-output.ts).
 */
export function folio(options: FolioOptions = {}): Plugin {
  const resolved = resolveFolioOptions(options, process.env);
  const { site, postsDir } = resolved;
  const compiler = { origin: site.origin, timeZone: site.timeZone, base: site.base };
  let config: ResolvedConfig | undefined;
  /** The user's `build.emptyOutDir`, which Folio carries out itself (see closeBundle). */
  let userEmptyOutDir: boolean | undefined;
  /** What one production build carries from buildStart to closeBundle. */
  let run: BuildRun | undefined;

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
      // One pool for the whole build: the threads that compiled the posts render the pages.
      const pool = createWorkerPool(resolved.workers);
      run = { pool, bundle: { files: new Set(), stylesheets: new Map() } };
      const compiled = await compileSite({
        postsDir,
        config: compiler,
        cache: createCompileCache(
          path.join(cacheRoot(config), 'posts'),
          await compilerFingerprint(),
        ),
        pool,
        onInvalid: invalidPostMode(process.argv, process.env),
        progress: (total) => createProgress(total, 'posts', process.stdout),
      });
      config.logger.info(
        `[folio] ${compiled.read} posts in ${compiled.seconds.toFixed(2)} s ` +
          `(${compiled.cached} from the compile cache)`,
      );
      for (const d of compiled.warnings) this.warn(formatDiagnostic(d));
      if (compiled.errors.length > 0) {
        const { errors } = compiled;
        this.error(
          `${errors.length} problem(s) in ${postsDir}:\n${errors.map(formatDiagnostic).join('\n')}` +
            '\nFix them, or build with --skip-invalid (FOLIO_SKIP_INVALID=1) to publish the valid posts only.',
        );
      }
      run.compiled = compiled;
    },
    generateBundle: {
      // After Vite's own HTML plugin, so that index.html is in the bundle to use as template.
      order: 'post',
      handler(_options, bundle) {
        if (run?.compiled === undefined) return;
        for (const name of Object.keys(bundle)) run.bundle.files.add(name);
        const html = bundle['index.html'];
        if (html?.type === 'asset') run.bundle.indexHtml = String(html.source);
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) {
            run.bundle.stylesheets.set(`${site.base}${file.fileName}`, String(file.source));
          }
        }
      },
    },
    buildEnd(error) {
      // A failed build never reaches closeBundle's writing: its threads stop here.
      if (error !== undefined && run !== undefined) void run.pool.close();
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const current = run;
        run = undefined;
        if (current === undefined) return;
        const { compiled, bundle, pool } = current;
        try {
          if (config === undefined || compiled === undefined || bundle.indexHtml === undefined) {
            return;
          }
          const started = performance.now();
          const outDir = path.resolve(config.root, config.build.outDir);
          // The script embed (README "Script tag") is published with the site, as one of this
          // build's files: the stale-file sweep keeps it.
          const embedFiles = config.build.write ? await buildScriptEmbed(outDir) : [];
          const prerenderer = await buildPrerenderer({
            root: config.root,
            mode: config.mode,
            site,
          });
          const written = await writeOutput({
            prerenderer,
            publicFiles: publicFilesOf(config),
            write: config.build.write,
            outDir,
            cacheRoot: cacheRoot(config),
            site,
            redirects: resolved.redirects,
            pool,
            posts: compiled.posts,
            searchTexts: compiled.searchTexts,
            bodies: compiled.bodies,
            indexHtml: bundle.indexHtml,
            stylesheets: bundle.stylesheets,
            bundleFiles: new Set([...bundle.files, ...embedFiles]),
            emptiesOutDir: viteWouldEmpty(userEmptyOutDir, outDir, config.root),
          }).finally(() => prerenderer.dispose());
          config.logger.info(
            `[folio] ${written.pages} pages (${written.rendered} prerendered, the rest unchanged), ` +
              `${written.files} files written, ${written.removed} stale removed in ${seconds(started)}`,
          );
        } finally {
          await pool.close();
        }
      },
    },
  };
}

/** What a production build carries between Vite's hooks. */
interface BuildRun {
  pool: WorkerPool;
  /** Set once buildStart has compiled the posts without errors. */
  compiled?: CompiledSite;
  /** What Vite's bundle holds: file names, index.html (the page template), the CSS. */
  bundle: { files: Set<string>; indexHtml?: string; stylesheets: Map<string, string> };
}

/** A short stable name for a combination of values (cache file names). */
function shortHash(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}
