import { basename } from 'node:path/posix';
import { EMBED_SEGMENT, RESERVED_SEGMENTS } from '../content/page-kinds.ts';
import { isPostPath, normalizePostPath, type PostPath } from '../content/post-path.ts';
import { oldSiteAt, type OldSite } from './links/old-site.ts';

/**
 * What a post's `permalink` may be, and the site path it becomes. The path names the post's
 * data file (`folio-data/v1/posts/<path>.json`) and, with prerendering, an HTML file, so it is
 * checked like a file name from an untrusted source:
 *
 * - an absolute http(s) URL (what WordPress exports): its path is used, host and query dropped;
 * - a root-relative path `/blog/x/` (hand-written posts): accepted, with a warning;
 * - missing: the file name stands in (`2018-01-30-my-post.md` → `/my-post/`), with a warning;
 * - everything else is an error: empty, relative (`blog/x`), protocol-relative (`//host/x`),
 *   another scheme (`javascript:`), `.`/`..` segments written plainly or percent-encoded,
 *   backslashes, encoded slashes, control characters or NUL, malformed `%` escapes, the home
 *   page `/` (plain `?p=123` permalinks), paths the app reserves (under `/page/`, `/author/`,
 *   `/archive/`, `/search/`, `/folio-data/`: RESERVED_SEGMENTS; or ending in `/embed/`), and
 *   segments too long for a file system.
 */
export type PermalinkResult =
  | { ok: true; path: PostPath; permalink: string; oldSite: OldSite; warnings: string[] }
  | { ok: false; problems: string[] };

/** Longest segment in UTF-8 bytes: file systems allow 255 per name, minus `.json` and room. */
const MAX_SEGMENT_BYTES = 200;

export function resolvePermalink(
  raw: string | undefined,
  context: { file: string; origin: string },
): PermalinkResult {
  if (raw === undefined) return fromFileName(context);
  const value = raw.trim();
  if (value === '') return { ok: false, problems: ['permalink is empty'] };

  const problems = rawProblems(value);
  if (problems.length > 0) return { ok: false, problems };

  const warnings: string[] = [];
  let url: URL;
  if (value.startsWith('/')) {
    url = new URL(value, `${context.origin}/`);
    warnings.push(`permalink ${value} is a path, not a URL; it is used as the path on this site`);
  } else if (/^https?:\/\//i.test(value) && URL.canParse(value)) {
    url = new URL(value);
  } else {
    return {
      ok: false,
      problems: [
        /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)
          ? `permalink must be an http(s) URL, not ${JSON.stringify(value.split(':')[0] ?? '')}:`
          : 'permalink must be an absolute http(s) URL or a path starting with /',
      ],
    };
  }
  const checked = checkPath(url.pathname);
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  // An exported URL is kept as written; a bare path becomes a URL on this site.
  const permalink = value.startsWith('/') ? url.href : value;
  return { ok: true, path: checked.path, permalink, oldSite: oldSiteAt(url), warnings };
}

/** Problems visible in the text as written, before URL parsing silently "fixes" them. */
function rawProblems(value: string): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex -- control characters are what we look for
  if (/[\u0000-\u001F\u007F]/.test(value)) {
    problems.push('permalink contains control characters (such as NUL, tab or a line break)');
  }
  if (value.includes('\\')) problems.push('permalink contains a backslash; use / between parts');
  if (value.startsWith('//')) {
    problems.push('permalink starts with // (another host); write the full https:// URL');
  }
  // Segments are only worth reading once the text itself is sound.
  if (problems.length > 0) return problems;
  const path = value.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '');
  const segments = path.split('/');
  for (const segment of segments) {
    const decoded = decodeOnce(segment);
    if (decoded === undefined) {
      problems.push(`permalink has a malformed % escape in "${segment}"`);
    } else if (decoded === '.' || decoded === '..') {
      problems.push(`permalink has a "${segment}" segment; paths must not climb directories`);
    } else if (decoded.includes('/') || decoded.includes('\\')) {
      problems.push(`permalink has an encoded slash or backslash in "${segment}"`);
      // eslint-disable-next-line no-control-regex -- control characters are what we look for
    } else if (/[\u0000-\u001F\u007F]/.test(decoded)) {
      problems.push(`permalink has an encoded control character in "${segment}"`);
    } else if (/%(?:2e|2f|5c|00)/i.test(decoded)) {
      problems.push(`permalink has a doubly encoded ".", "/", "\\" or NUL in "${segment}"`);
    }
  }
  return [...new Set(problems)];
}

function checkPath(pathname: string): { path: PostPath; problems: string[] } {
  const path = normalizePostPath(pathname);
  const segments = path.split('/').filter(Boolean);
  const problems: string[] = [];
  if (!isPostPath(path)) {
    // An encoded `?`, `#` or `%` decodes to a path that means something else as a URL (a
    // query, a fragment, another escape): its page and data file would never be found.
    problems.push(`permalink has an encoded "?", "#" or "%" in ${path}`);
  }
  if (segments.length === 0) {
    problems.push(
      'permalink points at the home page (/); a post needs its own path, e.g. /blog/my-post/',
    );
  }
  const reserved = RESERVED_SEGMENTS.find(({ segment }) => segment === segments[0]);
  if (reserved !== undefined) {
    problems.push(`permalink paths under /${reserved.segment}/ are reserved for ${reserved.owner}`);
  }
  if (segments.at(-1) === EMBED_SEGMENT) {
    problems.push(
      `permalink ${path} ends in /${EMBED_SEGMENT}/, the suffix of every post's embed page`,
    );
  }
  for (const segment of segments) {
    if (new TextEncoder().encode(segment).length > MAX_SEGMENT_BYTES) {
      problems.push(
        `permalink has a part longer than ${MAX_SEGMENT_BYTES} bytes, too long for a file name`,
      );
    }
  }
  return { path, problems };
}

/** `posts/2018-01-30-my-post.md` → `/my-post/`, for posts written by hand without a permalink. */
function fromFileName(context: { file: string; origin: string }): PermalinkResult {
  const name = basename(context.file.replaceAll('\\', '/'))
    .replace(/\.(?:md|markdown)$/i, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const url = new URL(`/${encodeURIComponent(name)}/`, `${context.origin}/`);
  const checked = checkPath(url.pathname);
  const problems = [...rawProblems(`/${name}/`), ...checked.problems];
  if (problems.length > 0) {
    return {
      ok: false,
      problems: [
        `permalink is missing and the file name cannot stand in for it: ${problems.join('; ')}`,
      ],
    };
  }
  return {
    ok: true,
    path: checked.path,
    permalink: url.href,
    oldSite: oldSiteAt(url),
    warnings: [`permalink is missing; the file name gives the path ${checked.path}`],
  };
}

function decodeOnce(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
