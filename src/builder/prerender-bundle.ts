import { pathToFileURL } from 'node:url';
import type { Prerender } from '../content/prerender.ts';

/** A built prerenderer: its file and build id (render workers load it too) and the function. */
export interface PrerenderBundle {
  bundle: string;
  buildId: string;
  prerender: Prerender;
}

/**
 * Loads the prerender bundle that build-prerenderer.ts wrote (in the main thread and in each
 * render worker alike). A fresh URL per build: Node caches modules by URL, and a watch
 * rebuild has new code.
 */
export async function loadPrerenderBundle(file: string, buildId: string): Promise<Prerender> {
  const url = pathToFileURL(file);
  url.searchParams.set('build', buildId);
  const module: unknown = await import(url.href);
  if (!hasPrerender(module)) {
    throw new Error(`${file} must export prerenderPage(site, page)`);
  }
  return module.prerenderPage;
}

/**
 * The bundle is the app's own entry (src/app/entry-prerender.tsx), built a moment ago, whose
 * prerenderPage is typed by the same Prerender (build-prerenderer.ts checks it at compile
 * time); at run time only its presence can be checked.
 */
function hasPrerender(module: unknown): module is { prerenderPage: Prerender } {
  return (
    typeof module === 'object' &&
    module !== null &&
    'prerenderPage' in module &&
    typeof module.prerenderPage === 'function'
  );
}
