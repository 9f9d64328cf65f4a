import type { SiteConfig } from '../../content/site-config.ts';
import { archivePagePath, wordpressMonthPath, type YearMonth } from '../../content/data-paths.ts';
import { normalizePostPath, pathKey } from '../../content/post-path.ts';
import { siteHref, siteUrl } from '../../content/site-url.ts';
import { escapeMarkup } from '../../content/escape-markup.ts';

/** An old URL path (relative to the site base) that should send readers to a new one. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * Cloudflare Pages reads at most 2,000 static rules (and ignores lines it cannot parse, such
 * as Netlify's query conditions); beyond that the app's `/?p=` lookup still works everywhere.
 */
const MAX_QUERY_RULES = 2_000;

/**
 * `_redirects` (Netlify and Cloudflare Pages syntax): each configured old permalink → its
 * new path, then `/?p=ID` → the post's path for the first 2,000 IDs (Netlify matches query
 * parameters; every other host relies on the app reading `folio-data/v1/ids/ID.json`).
 */
export function redirectsFile(
  site: Pick<SiteConfig, 'base'>,
  redirects: Redirect[],
  ids: { id: number; path: string }[],
): string {
  const href = (path: string) => siteHref(site.base, path);
  const lines = [
    ...redirects.map(({ from, to }) => `${href(from)} ${href(to)} 301`),
    ...ids
      .slice(0, MAX_QUERY_RULES)
      .map(({ id, path }) => `${site.base} p=${id} ${href(path)} 301`),
  ];
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * WordPress's month archives (`/2018/01/`) → ours (`/archive/2018/01/`), for every month with
 * posts, except where a post (or a configured redirect) already owns the old path: a blog
 * whose permalinks are `/%year%/%monthnum%/` keeps its posts there.
 */
export function monthRedirects(months: readonly YearMonth[], taken: Iterable<string>): Redirect[] {
  // Configured redirects and month paths are written by hand: normalized here, where they enter.
  const key = (path: string) => pathKey(normalizePostPath(path));
  const owned = new Set<string>();
  for (const path of taken) owned.add(key(path));
  return months
    .map((when) => ({ from: wordpressMonthPath(when), to: archivePagePath(when) }))
    .filter(({ from }) => !owned.has(key(from)));
}

/**
 * A static page at an old permalink for hosts without redirect rules: a meta refresh (not a
 * script, so the strict CSP allows it), a canonical link for crawlers, and a visible link.
 */
export function redirectPage(site: Pick<SiteConfig, 'origin' | 'base'>, to: string): string {
  const url = escapeMarkup(siteUrl(site, normalizePostPath(to)));
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>Moved to ${url}</title>`,
    `<meta http-equiv="refresh" content="0; url=${url}">`,
    `<link rel="canonical" href="${url}">`,
    '<meta name="robots" content="noindex">',
    '</head>',
    `<body><p>This page has moved to <a href="${url}">${url}</a>.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Where the static redirect page of an old path goes: `/old/a/` → `old/a/index.html`. */
export function redirectPageFile(from: string): string {
  const inner = normalizePostPath(from).slice(1);
  return `${inner}index.html`;
}
