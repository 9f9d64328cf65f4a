import type { PageInput } from './page-data.ts';
import type { SiteConfig } from './site-config.ts';

/**
 * The prerenderer's contract. The app implements it (src/app/entry-prerender.tsx, built as an
 * SSR bundle); the build room calls it for every page and fills its page template with the
 * result (src/builder/compose-page.ts). It does no I/O: data in, strings out.
 */
export interface PrerenderedPage {
  /** Tags for `<head>`: title, description, canonical, Open Graph, JSON-LD, feeds. */
  head: string;
  /** The markup inside `<div id="root">`. */
  root: string;
  /** The non-executing page data script the browser hydrates from. */
  data: string;
}

export type Prerender = (site: SiteConfig, page: PageInput) => Promise<PrerenderedPage>;
