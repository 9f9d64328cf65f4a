import { indexPageFile, normalizePostPath, postDataFile } from '../content/data-paths.ts';
import type { IndexPage, Post, PostSummary } from '../content/post-schema.ts';
import { SCHEMA_VERSION } from '../content/schema-version.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface SiteOutputs {
  /** File name from data-paths.ts -> JSON text. */
  files: Map<string, string>;
  errors: Diagnostic[];
}

/**
 * Every JSON file of the site: one per post and the newest-first index pages (page 1 always
 * exists, so an empty blog still has a home page). Output is deterministic: equal dates are
 * ordered by path. Two posts claiming one path is an error naming both; the first keeps it.
 */
export function siteOutputs(
  posts: Post[],
  options: { pageSize: number; includeDrafts: boolean },
): SiteOutputs {
  const files = new Map<string, string>();
  const { owners, errors } = claimPaths(posts);
  const listed = owners.filter((post) => options.includeDrafts || !post.draft);
  for (const post of listed) files.set(postDataFile(post.path), JSON.stringify(post));

  listed.sort(newestFirst);
  const pageSize = Math.max(1, Math.floor(options.pageSize) || 1);
  const pageCount = Math.max(1, Math.ceil(listed.length / pageSize));
  for (let page = 1; page <= pageCount; page++) {
    const index: IndexPage = {
      schemaVersion: SCHEMA_VERSION,
      page,
      pageCount,
      totalPosts: listed.length,
      posts: listed.slice((page - 1) * pageSize, page * pageSize).map(summarize),
    };
    files.set(indexPageFile(page), JSON.stringify(index));
  }
  return { files, errors };
}

/**
 * Which post owns each permalink path. Two posts claiming one path is an error naming both;
 * the first by source file keeps it. Paths that would write outside the data folder are
 * refused. Cheap (no serialization), so the dev server runs it on every save.
 */
export function claimPaths<T extends { path: string; source: string }>(
  posts: readonly T[],
): { owners: T[]; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const byKey = new Map<string, T>();
  for (const post of [...posts].sort(bySource)) {
    if (!isContainedPath(post.path)) {
      // compilePost never makes such a path; this guards the file names we hand to a writer.
      errors.push({
        file: post.source,
        line: 1,
        field: 'permalink',
        message: `The path ${JSON.stringify(post.path)} would write outside the site's data folder`,
        severity: 'error',
      });
      continue;
    }
    // Case, trailing slash, percent-escapes and NFC/NFD are folded: such paths are one URL to a
    // reader, or one file on case-insensitive disks (macOS, Windows).
    const key = normalizePostPath(post.path).toLowerCase();
    const owner = byKey.get(key);
    if (owner) {
      errors.push({
        file: post.source,
        line: 1,
        field: 'permalink',
        message: `${post.source} and ${owner.source} have the same permalink path ${owner.path}; ${owner.source} keeps it`,
        hint: 'Change the permalink of one of them; paths are compared ignoring case, trailing slashes, %-escapes and Unicode normalization.',
        severity: 'error',
      });
      continue;
    }
    byKey.set(key, post);
  }
  return { owners: [...byKey.values()], errors };
}

/** What an index page lists about a post. */
export function summarize(post: Post): PostSummary {
  const { id, title, path, author, date, excerpt, draft } = post;
  return { id, title, path, author, date, excerpt, draft };
}

/** No `.`/`..` segment, backslash or control character once normalized. */
function isContainedPath(path: string): boolean {
  const segments = normalizePostPath(path).split('/').filter(Boolean);
  // eslint-disable-next-line no-control-regex -- control characters are what we refuse
  return segments.every((s) => s !== '.' && s !== '..' && !/[\\\u0000-\u001F\u007F]/.test(s));
}

/** Index order: newest first; equal dates by path, then by source file (deterministic). */
export function newestFirst(a: Ordered, b: Ordered): number {
  const difference = Date.parse(b.date) - Date.parse(a.date);
  if (difference !== 0 && !Number.isNaN(difference)) return difference;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : bySource(a, b);
}

interface Ordered {
  date: string;
  path: string;
  source: string;
}

function bySource(a: { source: string }, b: { source: string }): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}
