/** Provided by Folio's Vite plugin: the site config derived from the plugin options. */
declare module 'virtual:folio/site' {
  import type { SiteConfig } from '../content/site-config.ts';

  const site: SiteConfig;
  export default site;
}
