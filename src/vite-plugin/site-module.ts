import type { SiteConfig } from '../content/site-config.ts';

/** The app imports its configuration from this virtual module (see src/app/virtual-modules.d.ts). */
export const SITE_MODULE_ID = 'virtual:folio/site';
const RESOLVED_SITE_MODULE_ID = `\0${SITE_MODULE_ID}`;

export function resolveSiteModule(id: string): string | undefined {
  return id === SITE_MODULE_ID ? RESOLVED_SITE_MODULE_ID : undefined;
}

export function loadSiteModule(id: string, site: SiteConfig): string | undefined {
  return id === RESOLVED_SITE_MODULE_ID ? `export default ${JSON.stringify(site)};` : undefined;
}
