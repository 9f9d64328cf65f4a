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
  const errors: Diagnostic[] = [];
  const files = new Map<string, string>();
  const owners = new Map<string, Post>();
  const listed: Post[] = [];

  for (const post of [...posts].sort(bySource)) {
    const key = normalizePostPath(post.path).toLowerCase();
    const owner = owners.get(key);
    if (owner) {
      errors.push({
        file: post.source,
        line: 1,
        field: 'permalink',
        message: `${post.source} and ${owner.source} have the same permalink path ${owner.path}`,
        hint: 'Change the permalink of one of them; paths are compared ignoring case.',
        severity: 'error',
      });
      continue;
    }
    owners.set(key, post);
    if (post.draft && !options.includeDrafts) continue;
    listed.push(post);
    files.set(postDataFile(post.path), JSON.stringify(post));
  }

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

/** What an index page lists about a post. */
export function summarize(post: Post): PostSummary {
  const { id, title, path, author, date, excerpt, draft } = post;
  return { id, title, path, author, date, excerpt, draft };
}

function newestFirst(a: Post, b: Post): number {
  const difference = Date.parse(b.date) - Date.parse(a.date);
  if (difference !== 0 && !Number.isNaN(difference)) return difference;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : bySource(a, b);
}

function bySource(a: Post, b: Post): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}
