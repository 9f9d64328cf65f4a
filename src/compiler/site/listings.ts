import { authorSlug, monthOf, type YearMonth } from '../../content/data-paths.ts';
import type { ListingData, PagePayload } from '../../content/page-data.ts';
import { PAGE_KINDS, pageFacts } from '../../content/page-kinds.ts';
import type { ArchiveIndex, IndexPage, PostSummary } from '../../content/post-schema.ts';
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

/** What names one listing page (the table's addresses, src/content/page-kinds.ts). */
export type ListingAddress =
  | { kind: 'index'; page: number }
  | { kind: 'author'; slug: string; page: number }
  | { kind: 'archive'; when: YearMonth; page: number }
  | { kind: 'archive-index' };

/**
 * The listing pages of a site, planned from its listed posts (newest first) before any page
 * is made: the build makes every page from post summaries it holds, the dev server makes the
 * one page asked for, summarizing (so compiling) only that page's posts. One plan, so the
 * two never disagree about which pages exist, what they list or what their files hold.
 */
export interface ListingPlan<T> {
  /** Every listing page: index pages, each author's, each month's, then the list of months. */
  readonly addresses: readonly ListingAddress[];
  /** The page whose data file is `file` (relative to the site base), if there is one. */
  addressOfFile(file: string): ListingAddress | undefined;
  /** The posts a page lists, in order (none for the list of months). */
  postsOn(address: ListingAddress): readonly T[];
  /** A page's data, given the summaries of its posts in `postsOn` order. */
  dataOf(address: ListingAddress, summaries: PostSummary[]): ListingData;
}

export function planListings<T extends { author: string; date: string }>(
  ordered: readonly T[],
  pageSize: number,
): ListingPlan<T> {
  const authors = groupByAuthor(ordered);
  const months = groupByMonth(ordered);
  const listed = (address: ListingAddress): readonly T[] => {
    if (address.kind === 'index') return ordered;
    if (address.kind === 'author') return authors.get(address.slug)?.posts ?? [];
    if (address.kind === 'archive') return months.get(monthKey(address.when))?.posts ?? [];
    return [];
  };
  const addresses: ListingAddress[] = [];
  for (let page = 1; page <= pageCountOf(ordered.length, pageSize); page++) {
    addresses.push({ kind: 'index', page });
  }
  for (const { slug, posts } of authors.values()) {
    for (let page = 1; page <= pageCountOf(posts.length, pageSize); page++) {
      addresses.push({ kind: 'author', slug, page });
    }
  }
  for (const { when, posts } of months.values()) {
    for (let page = 1; page <= pageCountOf(posts.length, pageSize); page++) {
      addresses.push({ kind: 'archive', when, page });
    }
  }
  addresses.push({ kind: 'archive-index' });
  let byFile: Map<string, ListingAddress> | undefined;
  return {
    addresses,
    addressOfFile(file) {
      byFile ??= new Map(addresses.map((address) => [fileOf(address), address]));
      return byFile.get(file);
    },
    postsOn: (address) =>
      address.kind === 'archive-index' ? [] : pageSlice(listed(address), address.page, pageSize),
    dataOf(address, summaries) {
      if (address.kind === 'archive-index') {
        return { kind: 'archive-index', archiveIndex: archiveIndexOf(months.values()) };
      }
      const total = listed(address).length;
      const list = listingFields(total, address.page, pageSize, summaries);
      if (address.kind === 'index') return { kind: 'index', index: list };
      if (address.kind === 'author') {
        const author = authors.get(address.slug)?.author ?? '';
        return { kind: 'author', author: { ...list, slug: address.slug, author } };
      }
      return { kind: 'archive', archive: { ...list, ...address.when } };
    },
  };
}

/** A listing page's data file, as the table of page kinds names it. */
function fileOf(address: ListingAddress): string {
  if (address.kind === 'archive-index') return PAGE_KINDS['archive-index'].file({});
  if (address.kind === 'index') return PAGE_KINDS.index.file(address);
  if (address.kind === 'author') return PAGE_KINDS.author.file(address);
  return PAGE_KINDS.archive.file(address);
}

/** Every listing page of a site, from its published posts' summaries, newest first. */
export function listingPages(ordered: readonly PostSummary[], pageSize: number): ListingPage[] {
  const plan = planListings(ordered, pageSize);
  return plan.addresses.map((address) => {
    const data = plan.dataOf(address, [...plan.postsOn(address)]);
    // Where each lives is the table's to say.
    const { path, file } = pageFacts(data.kind, data);
    return { path, file, data };
  });
}

/** The JSON object of a listing page's data file. */
export function listingJson(data: ListingData): PagePayload<ListingData['kind']> {
  return pageFacts(data.kind, data).payload;
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
