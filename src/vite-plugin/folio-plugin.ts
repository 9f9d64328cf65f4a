import type { Plugin, ResolvedConfig } from 'vite';
import { formatDiagnostic } from '../compiler/diagnostic.ts';
import { attachDevServer } from './dev-server.ts';
import { resolveFolioOptions, type FolioOptions } from './folio-options.ts';
import { createPostStore, type PostStore } from './post-store.ts';
import { loadSiteModule, resolveSiteModule } from './site-module.ts';
import { staticHostFiles } from './static-host-files.ts';

/**
 * Folio's Vite plugin. Dev: compiles the posts folder into memory, serves the post JSON and
 * pushes updates on save. Build: compiles every post and emits the same JSON into `dist/`;
 * any error fails the build and lists every problem with file, line and field.
 */
export function folio(options: FolioOptions = {}): Plugin {
  const resolved = resolveFolioOptions(options, process.env);
  const { site, postsDir } = resolved;
  let config: ResolvedConfig | undefined;
  let store: PostStore | undefined;

  const makeStore = (includeDrafts: boolean) =>
    createPostStore({
      postsDir,
      compiler: { origin: site.origin, timeZone: site.timeZone },
      pageSize: site.pageSize,
      includeDrafts,
    });

  return {
    name: 'folio',
    config() {
      return { base: site.base };
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
      // Drafts are part of the preview: authors see them with a badge, readers never do.
      attachDevServer(server, makeStore(true), { postsDir, base: site.base });
    },
    async buildStart() {
      if (config?.command !== 'build') return;
      store = makeStore(false);
      await store.loadAll();
      const diagnostics = store.diagnostics();
      for (const d of diagnostics.filter((d) => d.severity === 'warning')) {
        this.warn(formatDiagnostic(d));
      }
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        this.error(
          `${errors.length} problem(s) in ${postsDir}:\n${errors.map(formatDiagnostic).join('\n')}`,
        );
      }
    },
    generateBundle: {
      // After Vite's own HTML plugin, so that index.html is in the bundle to copy.
      order: 'post',
      handler(_options, bundle) {
        if (!store) return;
        for (const [fileName, source] of store.outputs().files) {
          this.emitFile({ type: 'asset', fileName, source });
        }
        const indexHtml = bundle['index.html'];
        if (indexHtml?.type === 'asset') {
          for (const [fileName, source] of staticHostFiles(String(indexHtml.source), site.base)) {
            this.emitFile({ type: 'asset', fileName, source });
          }
        }
      },
    },
  };
}
