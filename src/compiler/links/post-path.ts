import type { PostPath } from '../../content/post-path.ts';
import type { OldSite } from './old-site.ts';

/** WordPress paths that are never posts: files, feeds, archives, admin. */
const NOT_POST =
  /^\/(?:wp-content|wp-includes|wp-admin|wp-json|feed|comments|category|tag|author|page|search|xmlrpc\.php|wp-login\.php)(?:\/|$)/i;
const FILE = /\.[a-z0-9]{1,5}\/?$/i;
const DATE_PREFIX = /^\/(?:\d{4}\/\d{2}(?:\/\d{2})?)\/([^/]+)\/$/;

/**
 * Where `/?p=ID` links point in the app: WordPress's own form, kept. The site resolves it on
 * any host (the app looks the ID up in one tiny file; Netlify redirects it before that).
 */
export function postIdPath(id: number): string {
  return `/?p=${id}`;
}

/** `/index.php/blog/x/`: WordPress's permalinks without URL rewriting. */
export const INDEX_PHP = /^\/index\.php(?=\/)/i;

/**
 * The in-app path of the post a same-host path names (normalized, `/index.php` dropped:
 * see INDEX_PHP), or null when it names no post (a file,
 * an archive, a page like /about/). With `knownPaths` (every post of the export) the answer is
 * exact; without it, a path counts as a post when it has the shape of this post's own
 * permalink (`/blog/x/` next to `/blog/y/`, `/2014/11/09/x/` next to `/2015/01/02/y/`), and
 * an older date permalink `/YYYY/MM/DD/slug/` is mapped onto the current shape.
 */
export function resolvePostPath(
  path: PostPath,
  site: OldSite,
  knownPaths: ReadonlySet<string> | undefined,
): { path: string; known: boolean | null } | null {
  if (path === '/' || NOT_POST.test(path) || FILE.test(path)) return null;
  const candidates: string[] = [path];
  const slug = DATE_PREFIX.exec(path)?.[1];
  const own = shape(site.ownPath);
  if (slug !== undefined && own.dated === false) candidates.push(`${own.prefix}${slug}/`);
  if (knownPaths !== undefined) {
    const found = candidates.find((candidate) => knownPaths.has(candidate));
    if (found !== undefined) return { path: found, known: true };
    const bySlug = lastSegment(path);
    for (const known of knownPaths)
      if (lastSegment(known) === bySlug) return { path: known, known: true };
    // Shaped like a post but not in this export: the caller links the old site and reports it.
    return sameShape(path, own) || slug !== undefined ? { path, known: false } : null;
  }
  if (sameShape(path, own)) return { path, known: null };
  if (slug !== undefined && own.dated === false)
    return { path: candidates.at(-1) ?? path, known: null };
  return null;
}

interface Shape {
  /** Literal segments before the slug, e.g. `/blog/`; empty for dated shapes. */
  prefix: string;
  dated: boolean;
  segments: number;
}

function shape(path: string): Shape {
  const segments = path.split('/').filter(Boolean);
  const dated = DATE_PREFIX.test(path);
  const prefix = dated
    ? ''
    : `/${segments
        .slice(0, -1)
        .map((s) => `${s}/`)
        .join('')}`;
  return { prefix, dated, segments: segments.length };
}

function sameShape(path: string, own: Shape): boolean {
  const segments = path.split('/').filter(Boolean);
  if (segments.length !== own.segments) return false;
  return own.dated ? DATE_PREFIX.test(path) : path.startsWith(own.prefix);
}

function lastSegment(path: string): string {
  return path.split('/').filter(Boolean).at(-1) ?? '';
}
