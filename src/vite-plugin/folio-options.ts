import type { SiteConfig } from '../content/site-config.ts';

/** Options of the Folio Vite plugin, as written in `vite.config.ts`. Every one has a default. */
export interface FolioOptions {
  /** Folder of exported posts. `FOLIO_POSTS` in the environment overrides it. Default `posts`. */
  posts?: string;
  /** Site title, shown in the header and in `<title>`. Default `Folio`. */
  title?: string;
  /** Public origin of the new site, e.g. `https://blog.example.com`. Default `http://localhost:5173`. */
  origin?: string;
  /** IANA time zone the WordPress site used for `post_date`. Default `UTC`. */
  timeZone?: string;
  /** Public base path, e.g. `/` or `/blog/`. Default `/`. */
  base?: string;
  /** BCP 47 locale of dates and interface strings. `FOLIO_LOCALE` overrides it. Default `en-US`. */
  locale?: string;
  /** Posts per index page. Default 10. */
  pageSize?: number;
  /**
   * Old permalink paths that moved, to their new path: `{ '/2016/04/old/': '/blog/new/' }`.
   * The build writes them to `_redirects` and as static redirect pages. Default none.
   */
  redirects?: Record<string, string>;
  /**
   * Folder of the compile cache (compiled posts by content hash) and the prerender bundle.
   * Default `node_modules/.folio-cache` next to Vite's own cache.
   */
  cacheDir?: string;
  /** Worker threads for compiling posts. Default: one per core. */
  workers?: number;
}

/** The plugin's `api`: the resolved folder and site, for command-line tools. */
export interface FolioApi {
  postsDir: string;
  site: SiteConfig;
}

export interface ResolvedFolioOptions {
  postsDir: string;
  site: SiteConfig;
  redirects: { from: string; to: string }[];
  cacheDir: string | undefined;
  workers: number | undefined;
}

/** Fills in defaults and checks the values, so a typo fails at start-up with the option's name. */
export function resolveFolioOptions(
  options: FolioOptions,
  env: Record<string, string | undefined>,
): ResolvedFolioOptions {
  const origin = (options.origin ?? 'http://localhost:5173').replace(/\/+$/, '');
  assertValid('origin', () => new URL(origin), origin);
  const timeZone = options.timeZone ?? 'UTC';
  assertValid('timeZone', () => new Intl.DateTimeFormat('en', { timeZone }), timeZone);
  const locale = env.FOLIO_LOCALE || options.locale || 'en-US';
  assertValid('locale', () => new Intl.DateTimeFormat(locale), locale);
  const pageSize = options.pageSize ?? 10;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new Error(`Folio option pageSize must be a positive integer, got ${String(pageSize)}`);
  }
  const redirects = Object.entries(options.redirects ?? {}).map(([from, to]) => {
    if (!from.startsWith('/') || !to.startsWith('/') || from.includes('..')) {
      throw new Error(
        `Folio option redirects must map paths to paths, both starting with "/": ${JSON.stringify(from)} → ${JSON.stringify(to)}`,
      );
    }
    return { from, to };
  });
  return {
    redirects,
    cacheDir: options.cacheDir,
    workers: options.workers,
    postsDir: env.FOLIO_POSTS || options.posts || 'posts',
    site: {
      title: options.title ?? 'Folio',
      origin,
      base: normalizeBase(options.base ?? '/'),
      timeZone,
      locale,
      pageSize,
    },
  };
}

/** `blog` → `/blog/`; the router and every data URL rely on both slashes. */
export function normalizeBase(base: string): string {
  const inner = base.split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
}

function assertValid(name: string, check: () => unknown, value: string): void {
  try {
    check();
  } catch {
    throw new Error(`Folio option ${name} is not valid: ${JSON.stringify(value)}`);
  }
}
