import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from './fake-server.ts';
import { makeIndexPage, makeSummary } from './fixtures.ts';
import { renderApp } from './render-app.tsx';
import { normalizePostPath } from '../../src/content/post-path.ts';

const newer = makeSummary({
  id: 2,
  title: 'Newer post',
  path: normalizePostPath('/2019/05/01/newer-post/'),
  author: 'Grace Hopper',
  date: '2019-05-01T09:00:00+00:00',
  excerpt: 'The newer one.',
});
const older = makeSummary({
  title: 'Older post',
  path: normalizePostPath('/older-post/'),
  excerpt: 'The older one.',
});

describe('index page', () => {
  it('lists posts newest first with links, dates, authors and excerpts', async () => {
    fakeServer({
      '/folio-data/v1/index/1.json': {
        json: makeIndexPage({ posts: [newer, older], pageCount: 2, totalPosts: 3 }),
      },
    });
    renderApp('/');

    const list = await screen.findByRole('list', { name: 'Posts' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0] ?? list);
    expect(first.getByRole('link', { name: 'Newer post' })).toHaveAttribute(
      'href',
      '/2019/05/01/newer-post/',
    );
    expect(first.getByText('Grace Hopper')).toBeInTheDocument();
    expect(first.getByText('The newer one.')).toBeInTheDocument();
    expect(first.getByText('May 1, 2019')).toHaveAttribute('datetime', '2019-05-01T09:00:00+00:00');
    expect(within(items[1] ?? list).getByRole('link', { name: 'Older post' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Test Blog'));
  });

  it('paginates with next and previous links and "Page n of m"', async () => {
    fakeServer({
      '/folio-data/v1/index/1.json': { json: makeIndexPage({ posts: [newer], pageCount: 2 }) },
      '/folio-data/v1/index/2.json': {
        json: makeIndexPage({ page: 2, posts: [older], pageCount: 2 }),
      },
    });
    const { user } = renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText('Page 1 of 2')).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: /newer posts/i })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: /older posts/i }));

    expect(await screen.findByRole('link', { name: 'Older post' })).toBeInTheDocument();
    const nav2 = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav2).getByText('Page 2 of 2')).toBeInTheDocument();
    expect(within(nav2).getByRole('link', { name: /newer posts/i })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page 2 — Test Blog'));
  });

  it('shows the 404 page for a page number that is not a number', async () => {
    fakeServer({});
    renderApp('/page/two/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows the 404 page for a page past the last one', async () => {
    fakeServer({});
    renderApp('/page/9/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('links the site title home from every page', async () => {
    fakeServer({ '/folio-data/v1/index/1.json': { json: makeIndexPage() } });
    renderApp('/');
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Test Blog' })).toHaveAttribute('href', '/');
  });
});
