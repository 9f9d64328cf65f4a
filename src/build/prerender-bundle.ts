import { pathToFileURL } from 'node:url';
import type { ListingData } from '../compiler/site/listings.ts';
import type { Post } from '../content/post-schema.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { PrerenderedPage } from './compose-page.ts';

/** What to prerender: the same shape as the app's page data (src/app/data/page-data.ts). */
export type PageInput = { kind: 'post'; post: Post } | ListingData | { kind: 'not-found' };

export type Prerender = (site: SiteConfig, page: PageInput) => Promise<PrerenderedPage>;

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
 * The bundle is the app's own entry (src/app/entry-prerender.tsx), built a moment ago; its
 * signature is the app's prerenderPage, which the type-level PageInput mirrors.
 */
function hasPrerender(module: unknown): module is { prerenderPage: Prerender } {
  return (
    typeof module === 'object' &&
    module !== null &&
    'prerenderPage' in module &&
    typeof module.prerenderPage === 'function'
  );
}
