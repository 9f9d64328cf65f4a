import { DATA_DIR } from '../content/data-paths.ts';
import { normalizePostPath, type PostPath } from '../content/post-path.ts';
import { siteHref } from '../content/site-url.ts';

/** Where a post lives: its site (origin and base, ending in `/`) and its permalink path. */
export interface PostLocation {
  siteUrl: string;
  path: PostPath;
}

const POST_FILE = new RegExp(`^(.*/)${DATA_DIR}/posts/(.+)\\.json$`);
const INDEX_FILE = new RegExp(`^(.*/)${DATA_DIR}/index/[0-9]+\\.json$`);

/**
 * The places a `src` may name a post, most likely first. A post JSON URL names exactly one.
 * A permalink URL does not say where the site's base ends (`/blog/blog/a/` is post
 * `/blog/a/` under base `/blog/`, or post `/blog/blog/a/` under `/`), so every split is a
 * candidate, the root first; the `base` attribute, when given, settles it.
 * Null when `src` is not a URL.
 */
export function postLocations(
  src: string,
  documentUrl: string,
  base?: string | null,
): PostLocation[] | null {
  const url = parseUrl(src, documentUrl);
  if (url === null) return null;
  const file = POST_FILE.exec(url.pathname);
  if (file?.[1] !== undefined && file[2] !== undefined) {
    return [{ siteUrl: url.origin + file[1], path: normalizePostPath(file[2]) }];
  }
  // Segments as the URL has them (percent-encoded): each split's post part is normalized as
  // a path of its own, once, and its site part stays a URL.
  const segments = url.pathname.split('/').filter(Boolean);
  const locations = segments.map((_, at) => ({
    siteUrl: `${url.origin}/${segments.slice(0, at).map(withSlash).join('')}`,
    path: normalizePostPath(`/${segments.slice(at).join('/')}/`),
  }));
  if (base === undefined || base === null || base === '') return locations;
  const wanted = normalizePostPath(base);
  return locations.filter(
    (location) => normalizePostPath(new URL(location.siteUrl).pathname) === wanted,
  );
}

/** The site a `<folio-posts src>` names: its home page URL, or one of its index JSON URLs. */
export function siteUrlOf(src: string, documentUrl: string): string | null {
  const url = parseUrl(src, documentUrl);
  if (url === null) return null;
  const file = INDEX_FILE.exec(url.pathname);
  if (file?.[1] !== undefined) return url.origin + file[1];
  const path = normalizePostPath(url.pathname);
  return url.origin + (path === '/' ? '/' : path);
}

/** The public URL of a post (its canonical URL). */
export function postUrl(location: PostLocation): string {
  return siteHref(location.siteUrl, location.path);
}

function withSlash(segment: string): string {
  return `${segment}/`;
}

function parseUrl(src: string, documentUrl: string): URL | null {
  if (src.trim() === '' || !URL.canParse(src, documentUrl)) return null;
  const url = new URL(src, documentUrl);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}
