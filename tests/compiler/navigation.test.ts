import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { countWords } from '../../src/compiler/body/reading-time.ts';
import { readPostFiles } from '../../src/compiler/read-posts.ts';
import { planSiteData, siteOutputs } from '../../src/compiler/site-outputs.ts';
import { listingJson, type ListingPage } from '../../src/compiler/site/listings.ts';
import { monthRedirects } from '../../src/compiler/site/redirects.ts';
import {
  ARCHIVE_INDEX_FILE,
  archivePageFile,
  authorPageFile,
  authorSlug,
  postDataFile,
} from '../../src/content/data-paths.ts';
import {
  archiveIndexSchema,
  archivePageSchema,
  authorPageSchema,
  postSchema,
  type Post,
} from '../../src/content/post-schema.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const POSTS = fileURLToPath(new URL('./navigation-fixtures/posts/', import.meta.url));
const config = { origin: 'https://blog.example.com', timeZone: 'America/Los_Angeles' };
// The fixture's scheduled post is dated 2099; the build runs "now".
const NOW = Date.parse('2020-01-01T00:00:00Z');

let posts: Post[] = [];

beforeAll(async () => {
  const results = await Promise.all(
    (await readPostFiles(POSTS)).map((input) => compilePost(input, config)),
  );
  posts = results.flatMap((result) => (result.ok ? [result.post] : []));
  expect(posts).toHaveLength(7);
});

const titleOf = (path: string) => posts.find((post) => post.path === path)?.title;

describe('site navigation (fixture: navigation-fixtures/posts)', () => {
  const build = () => planSiteData(posts, { pageSize: 2, includeDrafts: false, now: NOW });

  it('lists published posts only: no draft or scheduled post in any listing, nav or related', () => {
    const plan = build();
    expect(plan.posts.map((post) => post.title)).toEqual([
      'Containers in production',
      'The year in review',
      'Monitoring containers at scale',
      'eBPF internals explained',
      'Tracing containers with eBPF',
    ]);
    const everything = JSON.stringify([plan.posts, plan.pages.map((page) => page.data)]);
    expect(everything).not.toContain('draft notes');
    expect(everything).not.toContain('in the future');
    expect(everything).not.toContain('linus');
  });

  it('links each post to its older (previous) and newer (next) neighbour', () => {
    const nav = Object.fromEntries(build().posts.map((post) => [post.title, post.nav]));
    expect(nav['Containers in production']?.next).toBeNull();
    expect(nav['Containers in production']?.previous?.title).toBe('The year in review');
    expect(nav['eBPF internals explained']).toMatchObject({
      previous: {
        title: 'Tracing containers with eBPF',
        path: '/blog/tracing-containers-with-ebpf/',
      },
      next: { title: 'Monitoring containers at scale', date: '2018-02-10T09:00:00-08:00' },
    });
    expect(nav['Tracing containers with eBPF']?.previous).toBeNull();
  });

  it('relates posts by their rarest shared title words, ties to the newer post', () => {
    const nav = Object.fromEntries(build().posts.map((post) => [post.title, post.nav]));
    // "ebpf" is in 2 of 5 titles, "containers" in 3: the eBPF post comes first, then the two
    // container posts, newest first. "with" is a stopword and relates nothing.
    expect(nav['Tracing containers with eBPF']?.related.map((post) => post.title)).toEqual([
      'eBPF internals explained',
      'Containers in production',
      'Monitoring containers at scale',
    ]);
    expect(nav['The year in review']?.related).toEqual([]);
  });

  it('includes drafts and scheduled posts in dev preview', () => {
    const plan = planSiteData(posts, { pageSize: 2, includeDrafts: true });
    expect(plan.posts).toHaveLength(7);
    const tracing = plan.posts.find((post) => post.title === 'Tracing containers with eBPF');
    // With 7 posts "ebpf" (4 titles) is now commoner than "containers" (3).
    expect(tracing?.nav?.related.map((post) => post.title)).toEqual([
      'Containers in production',
      'Monitoring containers at scale',
      'eBPF in the future',
    ]);
  });

  it('pages each author newest first; names differing in case share one page', () => {
    const { files } = siteOutputs(posts, { pageSize: 2, includeDrafts: false, now: NOW });
    const page = (n: number) =>
      v.parse(authorPageSchema, JSON.parse(files.get(authorPageFile('ada-lovelace', n)) ?? ''));
    expect(page(1)).toMatchObject({
      slug: 'ada-lovelace',
      author: 'Ada Lovelace',
      page: 1,
      pageCount: 2,
      totalPosts: 3,
    });
    expect(page(1).posts.map((post) => post.title)).toEqual([
      'The year in review',
      'eBPF internals explained',
    ]);
    expect(page(2).posts.map((post) => post.title)).toEqual(['Tracing containers with eBPF']);
    expect(files.has(authorPageFile('ada-lovelace', 3))).toBe(false);
    expect(files.has(authorPageFile('linus-torvalds', 1))).toBe(false);
  });

  it("files posts under their month in the site's time zone, and lists the months", () => {
    const { files } = siteOutputs(posts, { pageSize: 2, includeDrafts: false, now: NOW });
    // 2018-01-31 23:30 in Los Angeles is February in UTC, but WordPress filed it in January.
    const january = v.parse(
      archivePageSchema,
      JSON.parse(files.get(archivePageFile({ year: 2018, month: 1 }, 1)) ?? ''),
    );
    expect(january).toMatchObject({ year: 2018, month: 1, page: 1, pageCount: 1, totalPosts: 2 });
    expect(january.posts.map((post) => post.title)).toEqual([
      'eBPF internals explained',
      'Tracing containers with eBPF',
    ]);
    expect(v.parse(archiveIndexSchema, JSON.parse(files.get(ARCHIVE_INDEX_FILE) ?? ''))).toEqual({
      schemaVersion: 1,
      months: [
        { year: 2018, month: 3, count: 1 },
        { year: 2018, month: 2, count: 2 },
        { year: 2018, month: 1, count: 2 },
      ],
    });
  });

  it('gives every listed post its reading time, in its file and in listings', () => {
    const { files } = siteOutputs(posts, { pageSize: 2, includeDrafts: false, now: NOW });
    const post = (path: string) =>
      v.parse(postSchema, JSON.parse(files.get(postDataFile(normalizePostPath(path))) ?? ''));
    // 460 words at 230 a minute is 2 minutes; one more word starts a third.
    expect(post('/blog/tracing-containers-with-ebpf/').readingMinutes).toBe(2);
    expect(post('/blog/ebpf-internals-explained/').readingMinutes).toBe(3);
    expect(post('/blog/monitoring-containers-at-scale/').readingMinutes).toBe(1);
    const january = v.parse(
      archivePageSchema,
      JSON.parse(files.get(archivePageFile({ year: 2018, month: 1 }, 1)) ?? ''),
    );
    expect(january.posts.map((summary) => summary.readingMinutes)).toEqual([3, 2]);
  });

  it('redirects WordPress month paths to the archive unless a post owns the path', () => {
    const plan = build();
    const months = plan.pages.flatMap(({ data }) =>
      data.kind === 'archive-index' ? data.archiveIndex.months : [],
    );
    expect(titleOf('/2018/02/')).toBe('The year in review');
    expect(
      monthRedirects(
        months,
        plan.posts.map((post) => post.path),
      ),
    ).toEqual([
      { from: '/2018/03/', to: '/archive/2018/03/' },
      { from: '/2018/01/', to: '/archive/2018/01/' },
    ]);
    // Paths compare as URLs do: case and trailing slashes aside.
    expect(monthRedirects([{ year: 2018, month: 3 }], ['/2018/03'])).toEqual([]);
  });

  it('writes every listing page at its path, each with at most a page of posts', () => {
    const pages: ListingPage[] = build().pages;
    expect(pages.map((page) => page.path)).toEqual([
      '/',
      '/page/2/',
      '/page/3/',
      '/author/grace-hopper/',
      '/author/ada-lovelace/',
      '/author/ada-lovelace/page/2/',
      '/archive/2018/03/',
      '/archive/2018/02/',
      '/archive/2018/01/',
      '/archive/',
    ]);
    for (const page of pages) {
      const json = listingJson(page.data);
      if ('posts' in json) expect(json.posts.length).toBeLessThanOrEqual(2);
    }
  });
});

describe('author slugs and word counts', () => {
  it('slugs author names GitHub-style', () => {
    expect(authorSlug('Gianluca Borello')).toBe('gianluca-borello');
    expect(authorSlug("O'Brien, Jr.")).toBe('obrien-jr');
    expect(authorSlug('José Núñez')).toBe('josé-núñez');
    expect(authorSlug('')).toBe('');
  });

  it('counts words, with CJK characters one by one', () => {
    expect(countWords("Don't stop: e-mail 3.5 times — now!")).toBe(6);
    expect(countWords('日本語 text')).toBe(4);
    expect(countWords('  ')).toBe(0);
  });
});
