import type { PostPath } from './post-path.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

/**
 * Where each JSON file lives, relative to the site's base path. The compiler writes to these
 * names and the app fetches them, so a permalink resolves to its file without any list of
 * all posts (a blog of 100,000 posts loads one small file per article).
 */
export const DATA_DIR = `folio-data/v${SCHEMA_VERSION}`;

/** `/blog/slug/` → `folio-data/v1/posts/blog/slug.json`. */
export function postDataFile(postPath: PostPath): string {
  const inner = postPath.slice(1, -1);
  return `${DATA_DIR}/posts/${inner === '' ? 'index' : inner}.json`;
}

/** Page 1 → `folio-data/v1/index/1.json`. */
export function indexPageFile(page: number): string {
  return `${DATA_DIR}/index/${page}.json`;
}

/** Site path of an index page: page 1 is the home page, the others `/page/N/`. */
export function indexPagePath(page: number): string {
  return page <= 1 ? '/' : `/page/${page}/`;
}

/**
 * An author's page slug, GitHub-style (lowercase, spaces to `-`, punctuation dropped):
 * `Gianluca Borello` → `gianluca-borello`. Names that differ only in case or punctuation share
 * one page. `""` when the name has nothing left (no author, or only punctuation): no page.
 */
export function authorSlug(author: string): string {
  // Written out rather than github-slugger: the app runs this for every byline, and that
  // package's emoji tables would be a tenth of a post page's own code.
  return author
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** `gianluca-borello`, page 2 → `folio-data/v1/authors/gianluca-borello/2.json`. */
export function authorPageFile(authorSlugValue: string, page: number): string {
  return `${DATA_DIR}/authors/${authorSlugValue}/${page}.json`;
}

/** Site path of an author's page: `/author/<slug>/`, then `/author/<slug>/page/N/`. */
export function authorPagePath(authorSlugValue: string, page = 1): string {
  const first = `/author/${authorSlugValue}/`;
  return page <= 1 ? first : `${first}page/${page}/`;
}

/** A calendar month of the site's time zone (the wall-clock month of `post_date`). */
export interface YearMonth {
  year: number;
  /** 1 to 12. */
  month: number;
}

/**
 * The month of a post's date, read from its ISO text: the date carries the site's UTC
 * offset, so its first digits are the wall-clock date WordPress filed it under.
 */
export function monthOf(isoDate: string): YearMonth | null {
  const match = /^(\d{4})-(\d{2})-/.exec(isoDate);
  if (match === null) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

function monthSegments({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}/${String(month).padStart(2, '0')}`;
}

/** January 2018, page 1 → `folio-data/v1/archive/2018/01/1.json`. */
export function archivePageFile(when: YearMonth, page: number): string {
  return `${DATA_DIR}/archive/${monthSegments(when)}/${page}.json`;
}

/** Site path of a month archive: `/archive/2018/01/`, then `/archive/2018/01/page/N/`. */
export function archivePagePath(when: YearMonth, page = 1): string {
  const first = `/archive/${monthSegments(when)}/`;
  return page <= 1 ? first : `${first}page/${page}/`;
}

/** WordPress's own month archive path, `/2018/01/`, which the build redirects to ours. */
export function wordpressMonthPath(when: YearMonth): string {
  return `/${monthSegments(when)}/`;
}

/** The list of months with posts (one entry per month: grows with months, not posts). */
export const ARCHIVE_INDEX_FILE = `${DATA_DIR}/archive/index.json`;

/** Site path of the list of months. */
export const ARCHIVE_INDEX_PATH = '/archive/';
