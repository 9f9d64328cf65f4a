import * as v from 'valibot';

/**
 * A permalink path in canonical form. Only {@link normalizePostPath} makes one, so a function
 * that takes a `PostPath` knows it is normalized and never normalizes it again (normalizing
 * twice is not harmless: `/a%253F/` is `/a%3F/` once, `/a?/` → `/a/` twice). Paths enter at
 * the boundary (a router location, a permalink, a link in post HTML, an embed attribute, a
 * JSON file checked by its schema) and are normalized there, once.
 */
export type PostPath = string & { readonly __brand: 'PostPath' };

/**
 * Canonical form of a permalink path: leading and trailing slash, no duplicate slashes,
 * no query or hash, percent-escapes decoded, Unicode NFC. `/blog/a` and `/blog/a/` are the same post.
 */
export function normalizePostPath(pathname: string): PostPath {
  const withoutQuery = pathname.replace(/[?#].*$/s, '');
  let decoded = withoutQuery;
  try {
    decoded = decodeURIComponent(withoutQuery);
  } catch {
    // A malformed escape is kept as written: it still names one stable path.
  }
  const segments = decoded.normalize('NFC').split('/').filter(Boolean);
  return brand(segments.length === 0 ? '/' : `/${segments.join('/')}/`);
}

/**
 * Whether `value` is already in canonical form, for a schema checking a path read from JSON:
 * the compiler only writes normalized paths, and the app reads them without normalizing again.
 */
export function isPostPath(value: string): value is PostPath {
  return normalizePostPath(value) === value;
}

/**
 * The key two paths share when they name one post for a reader or one file on a disk:
 * case folded (macOS and Windows disks ignore case). Every collision check compares these
 * (posts claiming a path, redirects, the path of a new post), so they agree on what collides.
 */
export function pathKey(path: PostPath): string {
  return path.toLowerCase();
}

/**
 * A path read from JSON: checked to be canonical, so the app uses it as it is. The JSON text is
 * unchanged (a brand is only a type).
 */
export const postPathSchema = v.custom<PostPath>(
  (input) => typeof input === 'string' && isPostPath(input),
  'Expected a normalized permalink path such as /blog/slug/',
);

function brand(canonical: string): PostPath {
  // The one place a string becomes a PostPath: it has just been put in canonical form.
  return canonical as PostPath;
}
