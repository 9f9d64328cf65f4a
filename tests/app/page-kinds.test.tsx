import { describe, expect, it } from 'vitest';
import { isNotFoundError } from '../../src/app/data/data-errors.ts';
import { indexQuery } from '../../src/app/data/index-query.ts';
import {
  archiveIndexQuery,
  archiveQuery,
  authorQuery,
} from '../../src/app/data/listing-queries.ts';
import { postQuery } from '../../src/app/data/post-query.ts';
import { prerenderPage } from '../../src/app/entry-prerender.tsx';
import { createRoutes, seedFromPageData } from '../../src/app/routes.tsx';
import type { DataPageKind, PageData, PageOf } from '../../src/content/page-data.ts';
import { DATA_PAGE_KINDS, PAGE_KINDS, pageFacts } from '../../src/content/page-kinds.ts';
import { makeIndexPage, makePost, testSite } from './fixtures.ts';
import { testQueryClient } from './render-app.tsx';

/** One page of each kind, as the build hands it to the prerenderer. */
const samples: { [K in DataPageKind]: PageOf<K> } = {
  post: { kind: 'post', post: makePost() },
  index: { kind: 'index', index: makeIndexPage({ page: 2, pageCount: 2, totalPosts: 3 }) },
  author: {
    kind: 'author',
    author: { ...makeIndexPage(), slug: 'ada-lovelace', author: 'Ada Lovelace' },
  },
  archive: { kind: 'archive', archive: { ...makeIndexPage(), year: 2018, month: 1 } },
  'archive-index': {
    kind: 'archive-index',
    archiveIndex: { schemaVersion: 1, months: [{ year: 2018, month: 1, count: 1 }] },
  },
};

/** The key the app's own query of each sample reads, which the table's key must equal. */
const appKeys: { [K in DataPageKind]: readonly unknown[] } = {
  post: postQuery(testSite, samples.post.post.path).queryKey,
  index: indexQuery(testSite, 2).queryKey,
  author: authorQuery(testSite, 'ada-lovelace', 1).queryKey,
  archive: archiveQuery(testSite, { year: 2018, month: 1 }, 1).queryKey,
  'archive-index': archiveIndexQuery(testSite).queryKey,
};

function seedAt(page: PageData, path: string) {
  const queryClient = testQueryClient();
  const routes = createRoutes(queryClient, testSite);
  const location = new URL(`${testSite.origin}${path}`);
  return { queryClient, seeded: seedFromPageData(queryClient, routes, testSite, page, location) };
}

describe('the table of page kinds', () => {
  it.each(DATA_PAGE_KINDS)('hydrates a %s page at its own path from its data', (kind) => {
    const page = samples[kind];
    const facts = pageFacts(kind, page);
    expect(facts.queryKey).toEqual(appKeys[kind]);
    const { queryClient, seeded } = seedAt(page, facts.path);
    const ids = PAGE_KINDS[kind].routes.map(({ id }) => id);
    const [routeId, loaderData] = Object.entries(seeded?.loaderData ?? {})[0] ?? [];
    expect(ids).toContain(routeId);
    expect(loaderData).toEqual(facts.address);
    expect(queryClient.getQueryData(appKeys[kind])).toBe(facts.payload);
  });

  it.each([
    ['another author', samples.author, '/author/someone-else/'],
    ['another page', samples.index, '/page/3/'],
    ['a page number not written canonically', samples.index, '/page/02/'],
    ['another month', samples.archive, '/archive/2018/02/'],
    ['another post', samples.post, '/blog/another/'],
    ['another kind', samples.author, '/archive/'],
  ])('renders afresh when the data is of %s', (_, page, path) => {
    expect(seedAt(page, path).seeded).toBeNull();
  });

  it('starts the 404 page in its error state at any path', () => {
    const { seeded } = seedAt({ kind: 'not-found' }, '/no/such/post/');
    expect(seeded?.loaderData).toEqual({});
    expect(Object.values(seeded?.errors ?? {}).every(isNotFoundError)).toBe(true);
  });

  it.each<[PageData, string]>([
    [samples.post, 'Intro paragraph.'],
    [samples.index, 'Hello world'],
    [samples.author, 'Hello world'],
    [samples.archive, 'Hello world'],
    [samples['archive-index'], '2018'],
    [{ kind: 'not-found' }, '404'],
  ])('prerenders a page from its data: %#', async (page, text) => {
    const rendered = await prerenderPage(testSite, page);
    expect(rendered.head).toContain('<title>');
    expect(rendered.root).toContain(text);
    expect(rendered.data).toContain(`{"kind":${JSON.stringify(page.kind)}`);
  });
});
