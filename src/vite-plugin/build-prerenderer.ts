import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import type * as PrerenderEntry from '../app/entry-prerender.tsx';
import { loadPrerenderBundle, type PrerenderBundle } from '../builder/prerender-bundle.ts';
import type { Prerender } from '../content/prerender.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { loadSiteModule, resolveSiteModule } from './site-module.ts';

/**
 * The entry this file builds, named twice: by URL for Vite, and by the type import above, so
 * the import graph sees the edge and the type checker fails here (not the build at run time)
 * if the entry stops exporting the Prerender that loadPrerenderBundle hands the build room.
 */
const ENTRY = fileURLToPath(new URL('../app/entry-prerender.tsx', import.meta.url));

export type PrerenderEntryModule = ExportsPrerender<typeof PrerenderEntry>;

type ExportsPrerender<T extends { prerenderPage: Prerender }> = T;

/**
 * Where prerender bundles are built (a self-contained file each): inside Folio's own
 * node_modules, one folder per build, removed by `dispose`, so parallel builds never share one.
 */
const PRERENDER_ROOT = fileURLToPath(
  new URL('../../node_modules/.folio-prerender/', import.meta.url),
);

/**
 * Builds the app's server entry (src/app/entry-prerender.tsx) with Vite as an SSR bundle
 * and loads it. A separate, minimal build (no user config, so Folio's own plugin does not
 * run again): the app's TSX with the automatic JSX runtime, in one file. Its packages (React
 * 19 and React DOM, the runtime the browser hydrates with, React Router, React Query) stay
 * imports that Node resolves from node_modules, as Vite leaves them in an SSR build.
 */
export async function buildPrerenderer(options: {
  root: string;
  mode: string;
  site: SiteConfig;
}): Promise<PrerenderBundle & { dispose(): Promise<void> }> {
  const outDir = path.join(
    PRERENDER_ROOT,
    `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  );
  const sitePlugin: Plugin = {
    name: 'folio:prerender-site',
    resolveId: (id) => resolveSiteModule(id),
    load: (id) => loadSiteModule(id, options.site),
  };
  await rm(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root: options.root,
    mode: options.mode,
    base: options.site.base,
    logLevel: 'warn',
    plugins: [sitePlugin],
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      minify: false,
      // One file: the app's lazy routes inlined. A chunk would import the entry by its plain
      // URL, a second instance beside the one loaded below with `?build=` (two React contexts).
      rolldownOptions: {
        output: { entryFileNames: 'entry-prerender.mjs', codeSplitting: false },
      },
    },
  });
  const bundle = path.join(outDir, 'entry-prerender.mjs');
  const buildId = String(Date.now());
  return {
    bundle,
    buildId,
    prerender: await loadPrerenderBundle(bundle, buildId),
    dispose: () => rm(outDir, { recursive: true, force: true }),
  };
}
