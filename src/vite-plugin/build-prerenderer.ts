import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import type { ListingData } from '../compiler/site/listings.ts';
import type { Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { PrerenderedPage } from './compose-page.ts';
import { PRODUCTION_RUNTIME_ALIASES, quietRuntimeWarnings } from './production-runtime.ts';
import { loadSiteModule, resolveSiteModule } from './site-module.ts';

/** What to prerender: the same shape as the app's page data (src/app/data/page-data.ts). */
export type PageInput = { kind: 'post'; post: Post } | ListingData | { kind: 'not-found' };

export type Prerender = (site: SiteConfig, page: PageInput) => Promise<PrerenderedPage>;

const ENTRY = fileURLToPath(new URL('../app/entry-prerender.tsx', import.meta.url));

/**
 * Builds the app's server entry (src/app/entry-prerender.tsx) with Vite as an SSR bundle
 * into the cache folder and loads it. A separate, minimal build (no user config, so Folio's
 * own plugin does not run again): the app's TSX with React's automatic JSX runtime, its
 * dependencies left to Node. The folder sits inside node_modules so those resolve.
 */
export async function buildPrerenderer(options: {
  root: string;
  mode: string;
  outDir: string;
  site: SiteConfig;
}): Promise<Prerender> {
  const sitePlugin: Plugin = {
    name: 'folio:prerender-site',
    resolveId: (id) => resolveSiteModule(id),
    load: (id) => loadSiteModule(id, options.site),
  };
  await rm(options.outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root: options.root,
    mode: options.mode,
    base: options.site.base,
    logLevel: 'warn',
    plugins: [sitePlugin],
    resolve: { alias: PRODUCTION_RUNTIME_ALIASES },
    // Every dependency bundled: React Router and React Query left to Node would import
    // React itself beside the Preact the app's own modules were aliased to.
    ssr: { noExternal: true },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      ssr: ENTRY,
      outDir: options.outDir,
      emptyOutDir: true,
      minify: false,
      // One file: the app's lazy routes inlined. A chunk would import the entry by its plain
      // URL, a second instance beside the one loaded below with `?build=` (two React contexts).
      rolldownOptions: {
        onwarn: quietRuntimeWarnings,
        output: { entryFileNames: 'entry-prerender.mjs', codeSplitting: false },
      },
    },
  });
  const url = pathToFileURL(path.join(options.outDir, 'entry-prerender.mjs'));
  // A fresh URL per build: Node caches modules by URL, and a watch rebuild has new code.
  url.searchParams.set('build', String(Date.now()));
  const module: unknown = await import(url.href);
  if (!hasPrerender(module)) {
    throw new Error(`${ENTRY} must export prerenderPage(site, page)`);
  }
  return module.prerenderPage;
}

/**
 * The bundle is the app's own entry, built a moment ago; its signature is the app's
 * prerenderPage, which the type-level PageInput mirrors.
 */
function hasPrerender(module: unknown): module is { prerenderPage: Prerender } {
  return (
    typeof module === 'object' &&
    module !== null &&
    'prerenderPage' in module &&
    typeof module.prerenderPage === 'function'
  );
}
