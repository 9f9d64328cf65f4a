import { SCHEMA_VERSION } from './schema-version.ts';

/**
 * Where each JSON file lives, relative to the site's base path. The compiler writes to these
 * names and the app fetches them, so a permalink resolves to its file without any list of
 * all posts (a blog of 100,000 posts loads one small file per article).
 */
export const DATA_DIR = `folio-data/v${SCHEMA_VERSION}`;

/**
 * Canonical form of a permalink path: leading and trailing slash, no duplicate slashes,
 * no query or hash, percent-escapes decoded, Unicode NFC. `/blog/a` and `/blog/a/` are the same post.
 */
export function normalizePostPath(pathname: string): string {
  const withoutQuery = pathname.replace(/[?#].*$/s, '');
  let decoded = withoutQuery;
  try {
    decoded = decodeURIComponent(withoutQuery);
  } catch {
    // A malformed escape is kept as written: it still names one stable path.
  }
  const segments = decoded.normalize('NFC').split('/').filter(Boolean);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** `/blog/slug/` → `folio-data/v1/posts/blog/slug.json`. */
export function postDataFile(postPath: string): string {
  const inner = normalizePostPath(postPath).slice(1, -1);
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
