import {
  ARCHIVE_INDEX_FILE,
  ARCHIVE_INDEX_PATH,
  archivePageFile,
  archivePagePath,
  authorPageFile,
  authorPagePath,
  DATA_DIR,
  indexPageFile,
  indexPagePath,
  postDataFile,
  type YearMonth,
} from './data-paths.ts';
import type { DataPageKind, PageOf, PagePayload } from './page-data.ts';
import type { Post } from './post-schema.ts';
import { SEARCH_PAGE_PATH } from './search-paths.ts';

/**
 * The table of page kinds: for each kind of page with data, where the router shows it, where
 * its data file lives, the query key the app caches it under and what its paths reserve.
 * The app's routes and prerenderer, the build's page files and the compiler's listings all
 * read it, so a new kind is one row here (and its view in the app, which the type checker
 * asks for). The 404 page is no row: it has no data file and no route of its own.
 */

/**
 * What names one page of a kind: its loader returns it from the URL, its data carries it.
 * Two pages are the same page when their query keys are equal.
 */
export interface PageAddresses {
  post: { path: Post['path'] };
  index: { page: number };
  author: { slug: string; page: number };
  archive: { when: YearMonth; page: number };
  'archive-index': Record<string, never>;
}

export type PageAddress<K extends DataPageKind> = PageAddresses[K];

export interface RoutePattern {
  /** The route's id in the app's route tree. */
  id: string;
  /** Its path below the site base, as react-router writes it; `''` is the home page. */
  path: string;
}

export interface PageKindRow<K extends DataPageKind> {
  /** The router paths that show this kind. */
  routes: readonly RoutePattern[];
  /**
   * Whose paths the first segment of `routes` is, for the error on a permalink under it
   * (RESERVED_SEGMENTS); null when the kind reserves none (a post is at any other path).
   */
  reserves: string | null;
  /** The page's address, from its data. */
  address(page: PageOf<K>): PageAddress<K>;
  /** The JSON object its data file holds. */
  payload(page: PageOf<K>): PagePayload<K>;
  /** Site path of the page at an address. */
  path(address: PageAddress<K>): string;
  /** Its data file, relative to the site base. */
  file(address: PageAddress<K>): string;
  /** The key the app caches that file under. Every key starts with `folio` (live-updates.ts). */
  queryKey(address: PageAddress<K>): readonly unknown[];
}

export const PAGE_KINDS: { readonly [K in DataPageKind]: PageKindRow<K> } = {
  index: {
    routes: [
      { id: 'home', path: '' },
      { id: 'index-page', path: 'page/:page' },
    ],
    reserves: 'the pages of the post list',
    address: ({ index }) => ({ page: index.page }),
    payload: ({ index }) => index,
    path: ({ page }) => indexPagePath(page),
    file: ({ page }) => indexPageFile(page),
    queryKey: ({ page }) => ['folio', 'index', page],
  },
  author: {
    routes: [
      { id: 'author', path: 'author/:slug' },
      { id: 'author-page', path: 'author/:slug/page/:page' },
    ],
    reserves: 'the author pages',
    address: ({ author }) => ({ slug: author.slug, page: author.page }),
    payload: ({ author }) => author,
    path: ({ slug, page }) => authorPagePath(slug, page),
    file: ({ slug, page }) => authorPageFile(slug, page),
    queryKey: ({ slug, page }) => ['folio', 'author', slug, page],
  },
  'archive-index': {
    routes: [{ id: 'archive-index', path: 'archive' }],
    reserves: 'the archive pages',
    address: () => ({}),
    payload: ({ archiveIndex }) => archiveIndex,
    path: () => ARCHIVE_INDEX_PATH,
    file: () => ARCHIVE_INDEX_FILE,
    queryKey: () => ['folio', 'archive-index'],
  },
  archive: {
    routes: [
      { id: 'archive', path: 'archive/:year/:month' },
      { id: 'archive-page', path: 'archive/:year/:month/page/:page' },
    ],
    reserves: 'the archive pages',
    address: ({ archive }) => ({
      when: { year: archive.year, month: archive.month },
      page: archive.page,
    }),
    payload: ({ archive }) => archive,
    path: ({ when, page }) => archivePagePath(when, page),
    file: ({ when, page }) => archivePageFile(when, page),
    queryKey: ({ when, page }) => ['folio', 'archive', when.year, when.month, page],
  },
  post: {
    // Any path the others leave: react-router ranks every static segment above the splat.
    routes: [{ id: 'post', path: '*' }],
    reserves: null,
    address: ({ post }) => ({ path: post.path }),
    payload: ({ post }) => post,
    path: ({ path }) => path,
    file: ({ path }) => postDataFile(path),
    queryKey: ({ path }) => ['folio', 'post', path],
  },
};

/** Every kind of the table, in its order (the order of the app's routes). */
export const DATA_PAGE_KINDS = Object.keys(PAGE_KINDS).filter(isDataPageKind);

function isDataPageKind(kind: string): kind is DataPageKind {
  return Object.hasOwn(PAGE_KINDS, kind);
}

/** The 404 page: the build writes it once, the static server answers unknown paths with it. */
export const NOT_FOUND_PAGE = { path: '/404.html', html: '404.html' } as const;

/** Everything the table says about one page, from its data. */
export interface PageFacts<K extends DataPageKind> {
  address: PageAddress<K>;
  path: string;
  file: string;
  /** Its prerendered HTML file, relative to the output folder. */
  html: string;
  queryKey: readonly unknown[];
  payload: PagePayload<K>;
}

/** Pass the page's own kind: `pageFacts(page.kind, page)`. */
export function pageFacts<K extends DataPageKind>(kind: K, page: PageOf<K>): PageFacts<K> {
  const row: PageKindRow<K> = PAGE_KINDS[kind];
  const address = row.address(page);
  const path = row.path(address);
  return {
    address,
    path,
    file: row.file(address),
    html: pageHtmlFile(path),
    queryKey: row.queryKey(address),
    payload: row.payload(page),
  };
}

/** `/blog/a/` → `blog/a/index.html`; `/` → `index.html`. */
export function pageHtmlFile(sitePath: string): string {
  return `${sitePath.replace(/^\/+/, '')}index.html`;
}

/** The search page's route (src/app/routes/search-route.tsx): it has no page data. */
export const SEARCH_ROUTE: RoutePattern = {
  id: 'search',
  path: SEARCH_PAGE_PATH.replace(/^\/|\/$/g, ''),
};

/**
 * The last segment of every post's iframe variant, `<permalink>embed/` (the app's embed
 * route). WordPress reserves the same suffix for its own embeds.
 */
export const EMBED_SEGMENT = 'embed';

export interface ReservedSegment {
  /** A first path segment: no permalink may start with it. */
  segment: string;
  /** Whose paths they are, for the error. */
  owner: string;
}

/**
 * First path segments the site's own pages and files own, derived from the table: a post
 * there would be shadowed by a route or overwrite a file. (No permalink may end in
 * EMBED_SEGMENT either.)
 */
export const RESERVED_SEGMENTS: readonly ReservedSegment[] = uniqueBySegment([
  ...DATA_PAGE_KINDS.flatMap((kind) => {
    const { routes, reserves } = PAGE_KINDS[kind];
    return reserves === null ? [] : routes.map(({ path }) => ({ path, owner: reserves }));
  }),
  { path: SEARCH_ROUTE.path, owner: 'the search page' },
  { path: DATA_DIR, owner: 'the site data' },
]);

function uniqueBySegment(paths: { path: string; owner: string }[]): ReservedSegment[] {
  const owners = new Map<string, string>();
  for (const { path, owner } of paths) {
    const segment = path.split('/')[0] ?? '';
    // The home page's `''` reserves nothing; a parameter or splat is no fixed segment.
    if (segment === '' || /^[:*]/.test(segment) || owners.has(segment)) continue;
    owners.set(segment, owner);
  }
  return [...owners].map(([segment, owner]) => ({ segment, owner }));
}
