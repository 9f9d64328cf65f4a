import { authorSlug, monthOf, type YearMonth } from '../../content/data-paths.ts';
import type { ListingData, PagePayload } from '../../content/page-data.ts';
import { pageFacts } from '../../content/page-kinds.ts';
import type {
  ArchiveIndex,
  ArchivePage,
  AuthorPage,
  IndexPage,
  PostSummary,
} from '../../content/post-schema.ts';
import { SCHEMA_VERSION } from '../../content/schema-version.ts';

/**
 * The paged lists of a site: the index, one list per author and one per month, and the list
 * of months. Each takes the posts already ordered newest first and keeps that order; every
 * page holds at most `pageSize` posts, so no file grows with the blog except the month list
 * (one line per month). The dev server groups post headers with the same functions.
 */

export interface ListingPage {
  /** Site path of the page: `/`, `/page/2/`, `/author/a/`, `/archive/2018/01/`, `/archive/`. */
  path: string;
  /** Its data file (src/content/page-kinds.ts). */
  file: string;
  data: ListingData;
}

export interface AuthorGroup<T> {
  slug: string;
  /** The name as written on the author's newest post. */
  author: string;
  posts: T[];
}

export interface MonthGroup<T> {
  when: YearMonth;
  posts: T[];
}

/** Pages needed for `total` posts; an empty list still has page 1. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSizeOf(pageSize)));
}

/** The posts of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const size = pageSizeOf(pageSize);
  return items.slice((page - 1) * size, page * size);
}

/** Posts by author slug, in first-seen order; posts without an author (or slug) have no page. */
export function groupByAuthor<T extends { author: string }>(
  ordered: readonly T[],
): Map<string, AuthorGroup<T>> {
  const groups = new Map<string, AuthorGroup<T>>();
  for (const post of ordered) {
    const slug = authorSlug(post.author);
    if (slug === '') continue;
    const group = groups.get(slug);
    if (group) group.posts.push(post);
    else groups.set(slug, { slug, author: post.author, posts: [post] });
  }
  return groups;
}

/** Posts by `YYYY/MM` of their date, newest month first. */
export function groupByMonth<T extends { date: string }>(
  ordered: readonly T[],
): Map<string, MonthGroup<T>> {
  const groups = new Map<string, MonthGroup<T>>();
  for (const post of ordered) {
    const when = monthOf(post.date);
    if (when === null) continue;
    const key = monthKey(when);
    const group = groups.get(key);
    if (group) group.posts.push(post);
    else groups.set(key, { when, posts: [post] });
  }
  // Keys are zero-padded, so text order is calendar order.
  return new Map([...groups].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)));
}

/** `2018/01`: the key groupByMonth files a month under. */
export function monthKey({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}/${String(month).padStart(2, '0')}`;
}

export function archiveIndexOf(months: Iterable<MonthGroup<unknown>>): ArchiveIndex {
  return {
    schemaVersion: SCHEMA_VERSION,
    months: [...months].map(({ when, posts }) => ({ ...when, count: posts.length })),
  };
}

/** Every listing page of a site, from its published posts' summaries, newest first. */
export function listingPages(ordered: readonly PostSummary[], pageSize: number): ListingPage[] {
  const data: ListingData[] = [];
  for (let page = 1; page <= pageCountOf(ordered.length, pageSize); page++) {
    data.push({ kind: 'index', index: listingOf(ordered, page, pageSize) });
  }
  for (const group of groupByAuthor(ordered).values()) {
    for (let page = 1; page <= pageCountOf(group.posts.length, pageSize); page++) {
      data.push({ kind: 'author', author: authorPageOf(group, page, pageSize) });
    }
  }
  const months = groupByMonth(ordered);
  for (const group of months.values()) {
    for (let page = 1; page <= pageCountOf(group.posts.length, pageSize); page++) {
      data.push({ kind: 'archive', archive: archivePageOf(group, page, pageSize) });
    }
  }
  data.push({ kind: 'archive-index', archiveIndex: archiveIndexOf(months.values()) });
  // Where each lives is the table's to say.
  return data.map((page) => {
    const { path, file } = pageFacts(page.kind, page);
    return { path, file, data: page };
  });
}

export function authorPageOf(
  group: AuthorGroup<PostSummary>,
  page: number,
  pageSize: number,
): AuthorPage {
  return { ...listingOf(group.posts, page, pageSize), slug: group.slug, author: group.author };
}

export function archivePageOf(
  group: MonthGroup<PostSummary>,
  page: number,
  pageSize: number,
): ArchivePage {
  return { ...listingOf(group.posts, page, pageSize), ...group.when };
}

/** The JSON object of a listing page's data file. */
export function listingJson(data: ListingData): PagePayload<ListingData['kind']> {
  return pageFacts(data.kind, data).payload;
}

function listingOf(ordered: readonly PostSummary[], page: number, pageSize: number): IndexPage {
  return listingFields(ordered.length, page, pageSize, pageSlice(ordered, page, pageSize));
}

/** A page of a list of `total` posts, holding `posts` (the page's slice, already summarized). */
export function listingFields(
  total: number,
  page: number,
  pageSize: number,
  posts: PostSummary[],
): IndexPage {
  return {
    schemaVersion: SCHEMA_VERSION,
    page,
    pageCount: pageCountOf(total, pageSize),
    totalPosts: total,
    posts,
  };
}

function pageSizeOf(pageSize: number): number {
  return Math.max(1, Math.floor(pageSize) || 1);
}
