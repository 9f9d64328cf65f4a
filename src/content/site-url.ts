import type { SiteConfig } from './site-config.ts';

/**
 * Site paths (`/blog/a/`, what the router and the post JSON use) and the URLs they become.
 * The compiler writes links with these, the feeds and the embed make them absolute with
 * these, and the app reads them back with these, so the four agree on where the base goes.
 */

/**
 * A site path below a prefix: the base path (`/news/` → `/news/blog/a/`, a root-relative
 * href) or the site's whole root URL (`https://x.com/news/` → an absolute URL).
 */
export function siteHref(base: string, path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** Absolute URL of a site path: origin + base + path (`/blog/a/` → `https://x.com/base/blog/a/`). */
export function siteUrl(site: Pick<SiteConfig, 'origin' | 'base'>, path: string): string {
  return siteHref(`${site.origin}${site.base}`, path);
}

/**
 * The site path of a URL's pathname: what follows the base (`/news/blog/a/` under `/news/`
 * → `/blog/a/`; the base without its slash is the home page). Null outside the base.
 */
export function sitePathOf(pathname: string, base: string): string | null {
  const baseDir = base.replace(/\/$/, '');
  if (pathname === baseDir) return '/';
  return pathname.startsWith(`${baseDir}/`) ? pathname.slice(baseDir.length) : null;
}

/**
 * A URL attribute of post HTML made absolute, resolved against the page that shows it (the
 * post's own URL): what a feed reader or a host page needs, where the site's paths mean
 * nothing. Undefined when the value is no URL at all.
 */
export function absoluteUrl(value: string, pageUrl: string): string | undefined {
  return URL.canParse(value, pageUrl) ? new URL(value, pageUrl).href : undefined;
}
