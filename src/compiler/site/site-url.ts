import type { SiteConfig } from '../../content/site-config.ts';

/** Absolute URL of a site path: origin + base + path (`/blog/a/` → `https://x.com/base/blog/a/`). */
export function siteUrl(site: Pick<SiteConfig, 'origin' | 'base'>, path: string): string {
  return `${site.origin}${site.base}${path.replace(/^\/+/, '')}`;
}
