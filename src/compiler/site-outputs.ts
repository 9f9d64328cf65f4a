import { postDataFile } from '../content/data-paths.ts';
import { pathKey, type PostPath } from '../content/post-path.ts';
import type { Post, PostSummary } from '../content/post-schema.ts';
import type { Diagnostic } from './diagnostic.ts';
import { isPublic } from './publication.ts';
import { listingJson, listingPages, type ListingPage } from './site/listings.ts';
import { postNavigation } from './site/post-navigation.ts';

export interface SiteOutputs {
  /** File name from data-paths.ts -> JSON text. */
  files: Map<string, string>;
  errors: Diagnostic[];
}

export interface SitePlan {
  /** The listed posts, newest first, each with its `nav` (previous/next, related). */
  posts: Post[];
  /** Every index, author and month page, and the list of months. */
  pages: ListingPage[];
  errors: Diagnostic[];
}

export interface ListingOptions {
  pageSize: number;
  /** Dev preview lists drafts; the build never does. */
  includeDrafts: boolean;
  /** When given (the build), posts dated after it are left out too, like drafts. */
  now?: number;
}

/**
 * What the site is made of, before serialization: which post owns each path (two posts
 * claiming one path is an error naming both; the first keeps it), the listed posts newest
 * first (equal dates by path) with their navigation, and every listing page (page 1 of the
 * index always exists, so an empty blog still has a home page). Deterministic.
 */
export function planSiteData(posts: Post[], options: ListingOptions): SitePlan {
  const { owners, errors } = claimPaths(posts);
  const listed = owners
    .filter(
      (post) =>
        options.includeDrafts ||
        (!post.draft && (options.now === undefined || isPublic(post, options.now))),
    )
    .sort(newestFirst);
  const navAt = postNavigation(listed);
  return {
    posts: listed.map((post, index) => ({ ...post, nav: navAt(index) })),
    pages: listingPages(listed.map(summarize), options.pageSize),
    errors,
  };
}

/** Every JSON file of the site: one per listed post, and every listing page (planSiteData). */
export function siteOutputs(posts: Post[], options: ListingOptions): SiteOutputs {
  const plan = planSiteData(posts, options);
  const files = new Map<string, string>();
  for (const post of plan.posts) files.set(postDataFile(post.path), JSON.stringify(post));
  for (const page of plan.pages) files.set(page.file, JSON.stringify(listingJson(page.data)));
  return { files, errors: plan.errors };
}

/**
 * Which post owns each permalink path. Two posts claiming one path is an error naming both;
 * the first by source file keeps it. Paths that would write outside the data folder are
 * refused. Cheap (no serialization), so the dev server runs it on every save.
 */
export function claimPaths<T extends { path: PostPath; source: string }>(
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
    // Trailing slash, percent-escapes and NFC/NFD were folded when the path was normalized,
    // case is folded by the key: such paths are one URL to a reader, or one file on
    // case-insensitive disks (macOS, Windows).
    const key = pathKey(post.path);
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
export function summarize(post: PostSummary): PostSummary {
  const { id, title, path, author, date, excerpt, draft, readingMinutes } = post;
  const summary = { id, title, path, author, date, excerpt, draft };
  return readingMinutes === undefined ? summary : { ...summary, readingMinutes };
}

/** No `.`/`..` segment, backslash or control character once normalized. */
function isContainedPath(path: PostPath): boolean {
  const segments = path.split('/').filter(Boolean);
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
