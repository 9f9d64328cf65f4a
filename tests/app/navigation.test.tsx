import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArchivePage, AuthorPage } from '../../src/content/post-schema.ts';
import { fakeServer } from './fake-server.ts';
import { makeIndexPage, makePost, makeSummary } from './fixtures.ts';
import { renderApp } from './render-app.tsx';
import { normalizePostPath } from '../../src/content/post-path.ts';

const first = makeSummary({
  title: 'First post',
  path: normalizePostPath('/first/'),
  readingMinutes: 6,
});
const second = makeSummary({
  id: 2,
  title: 'Second post',
  path: normalizePostPath('/second/'),
  author: 'Grace Hopper',
  date: '2018-02-10T09:00:00+00:00',
});

function authorPage(overrides: Partial<AuthorPage> = {}): AuthorPage {
  return {
    ...makeIndexPage({ posts: [first], totalPosts: 3, pageCount: 2 }),
    slug: 'ada-lovelace',
    author: 'Ada Lovelace',
    ...overrides,
  };
}

function archivePage(overrides: Partial<ArchivePage> = {}): ArchivePage {
  return { ...makeIndexPage({ posts: [first] }), year: 2018, month: 1, ...overrides };
}

const headLink = (rel: string) =>
  document.head.querySelector(`link[rel="${rel}"]`)?.getAttribute('href');

describe('pagination', () => {
  it('links every nearby page by number, marks the current one, and says rel=prev/next', async () => {
    fakeServer({
      '/folio-data/v1/index/2.json': {
        json: makeIndexPage({ page: 2, pageCount: 3, totalPosts: 5, posts: [second] }),
      },
    });
    renderApp('/page/2/');

    const nav = await screen.findByRole('navigation', { name: 'Pagination' });
    const current = within(nav).getByRole('link', { name: 'Page 2' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(current).toHaveAttribute('href', '/page/2/');
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/');
    expect(within(nav).getByRole('link', { name: 'Page 1' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/page/3/');
    expect(within(nav).getByRole('link', { name: /newer posts/i })).toHaveAttribute('rel', 'prev');
    expect(within(nav).getByRole('link', { name: /older posts/i })).toHaveAttribute('rel', 'next');
    await waitFor(() => expect(headLink('prev')).toBe('https://blog.example.com/'));
    expect(headLink('next')).toBe('https://blog.example.com/page/3/');
  });

  it('shows a window of pages with gaps on a long list', async () => {
    fakeServer({
      '/folio-data/v1/index/50.json': {
        json: makeIndexPage({ page: 50, pageCount: 100, totalPosts: 200, posts: [second] }),
      },
    });
    renderApp('/page/50/');
    const nav = await screen.findByRole('navigation', { name: 'Pagination' });
    const numbers = within(nav)
      .getAllByRole('link', { name: /^Page \d+$/ })
      .map((link) => link.textContent);
    expect(numbers).toEqual(['1', '48', '49', '50', '51', '52', '100']);
  });
});

describe('author pages', () => {
  it('lists the author’s posts with their own pagination and head', async () => {
    fakeServer({ '/folio-data/v1/authors/ada-lovelace/1.json': { json: authorPage() } });
    renderApp('/author/ada-lovelace/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Posts by Ada Lovelace' }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 posts')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Posts by Ada Lovelace' });
    expect(within(list).getByRole('link', { name: 'First post' })).toHaveAttribute(
      'href',
      '/first/',
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('link', { name: /older posts/i })).toHaveAttribute(
      'href',
      '/author/ada-lovelace/page/2/',
    );
    await waitFor(() => expect(document.title).toBe('Posts by Ada Lovelace — Test Blog'));
    expect(headLink('canonical')).toBe('https://blog.example.com/author/ada-lovelace/');
    expect(headLink('next')).toBe('https://blog.example.com/author/ada-lovelace/page/2/');
  });

  it('is reached from a byline in a list', async () => {
    fakeServer({
      '/folio-data/v1/index/1.json': { json: makeIndexPage({ posts: [second] }) },
      '/folio-data/v1/authors/grace-hopper/1.json': {
        json: authorPage({ slug: 'grace-hopper', author: 'Grace Hopper', posts: [second] }),
      },
    });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Grace Hopper' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Posts by Grace Hopper' }),
    ).toBeInTheDocument();
  });

  it('is a 404 for an unknown author', async () => {
    fakeServer({});
    renderApp('/author/nobody/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('is a 404 for a page number written another way', async () => {
    fakeServer({ '/folio-data/v1/authors/ada-lovelace/1.json': { json: authorPage() } });
    renderApp('/author/ada-lovelace/page/01/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('month archives', () => {
  it('lists the month’s posts under the month’s name', async () => {
    fakeServer({ '/folio-data/v1/archive/2018/01/1.json': { json: archivePage() } });
    renderApp('/archive/2018/01/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Posts from January 2018' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'First post' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Posts from January 2018 — Test Blog'));
  });

  it('lists every month with its post count, newest first', async () => {
    fakeServer({
      '/folio-data/v1/archive/index.json': {
        json: {
          schemaVersion: 1,
          months: [
            { year: 2018, month: 2, count: 1 },
            { year: 2017, month: 12, count: 4 },
          ],
        },
      },
    });
    renderApp('/archive/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Archive' })).toBeInTheDocument();
    const year2017 = screen.getByRole('region', { name: '2017' });
    const december = within(year2017).getByRole('link', { name: 'December 2017' });
    expect(december).toHaveAttribute('href', '/archive/2017/12/');
    expect(within(year2017).getByText('4 posts')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'February 2018' })).toHaveAttribute(
      'href',
      '/archive/2018/02/',
    );
  });

  it('is a 404 for a month that is not one', async () => {
    fakeServer({});
    renderApp('/archive/2018/13/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('end of an article', () => {
  const post = makePost({
    readingMinutes: 6,
    nav: {
      previous: {
        title: 'An older post',
        path: normalizePostPath('/older/'),
        date: '2018-01-01T00:00:00+00:00',
      },
      next: {
        title: 'A newer post',
        path: normalizePostPath('/newer/'),
        date: '2018-03-01T00:00:00+00:00',
      },
      related: [
        {
          title: 'Related one',
          path: normalizePostPath('/related-one/'),
          date: '2017-05-01T00:00:00+00:00',
        },
        {
          title: 'Related two',
          path: normalizePostPath('/related-two/'),
          date: '2016-05-01T00:00:00+00:00',
        },
      ],
    },
  });

  it('shows reading time, and links the author and the month in the byline', async () => {
    fakeServer({ '/folio-data/v1/posts/blog/hello-world.json': { json: post } });
    renderApp('/blog/hello-world/');
    const header = within(await screen.findByRole('article')).getAllByRole('paragraph')[0];
    if (header === undefined) throw new Error('no byline');
    expect(within(header).getByText('6 min read')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      '/author/ada-lovelace/',
    );
    expect(within(header).getByRole('link', { name: 'January 30, 2018' })).toHaveAttribute(
      'href',
      '/archive/2018/01/',
    );
  });

  it('links the previous and next posts (rel=prev/next) and related posts', async () => {
    fakeServer({
      '/folio-data/v1/posts/blog/hello-world.json': { json: post },
      '/folio-data/v1/posts/newer.json': {
        json: makePost({ title: 'A newer post', path: normalizePostPath('/newer/') }),
      },
    });
    const { user } = renderApp('/blog/hello-world/');
    const nav = await screen.findByRole('navigation', { name: 'Previous and next posts' });
    const previous = within(nav).getByRole('link', { name: /Previous post.*An older post/ });
    expect(previous).toHaveAttribute('href', '/older/');
    expect(previous).toHaveAttribute('rel', 'prev');
    const next = within(nav).getByRole('link', { name: /Next post.*A newer post/ });
    expect(next).toHaveAttribute('rel', 'next');

    const related = screen.getByRole('region', { name: 'Related posts' });
    expect(
      within(related)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Related one', 'Related two']);

    await user.click(next);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A newer post' }),
    ).toBeInTheDocument();
  });

  it('has no navigation when the post file has none (a post compiled alone)', async () => {
    fakeServer({ '/folio-data/v1/posts/blog/hello-world.json': { json: makePost() } });
    renderApp('/blog/hello-world/');
    await screen.findByRole('article');
    expect(screen.queryByRole('navigation', { name: 'Previous and next posts' })).toBeNull();
    expect(screen.queryByText(/min read/)).toBeNull();
  });
});
