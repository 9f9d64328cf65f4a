import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from './fake-server.ts';
import { makePost, testSite } from './fixtures.ts';
import { renderApp } from './render-app.tsx';
import { normalizePostPath } from '../../src/content/post-path.ts';

const postUrl = '/folio-data/v1/posts/blog/hello-world.json';

describe('article page', () => {
  it('shows title, author, date and one labelled section per h2', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    renderApp('/blog/hello-world/');

    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { level: 1, name: 'Hello world' })).toBeVisible();
    const author = within(article).getByRole('link', { name: 'Ada Lovelace' });
    expect(author).toHaveAttribute('href', '/author/ada-lovelace/');
    expect(author.parentElement).toHaveTextContent('By Ada Lovelace');
    expect(within(article).getByText('January 30, 2018')).toHaveAttribute(
      'datetime',
      '2018-01-30T15:10:27+00:00',
    );
    expect(within(article).getByText('Intro paragraph.')).toBeInTheDocument();

    const sections = within(article).getAllByRole('region');
    expect(sections.map((section) => section.getAttribute('aria-labelledby'))).toEqual([
      'getting-started',
      '2nd-part',
    ]);
    const second = screen.getByRole('region', { name: /Second part/ });
    expect(within(second).getByRole('heading', { level: 2, name: /Second part/ })).toHaveAttribute(
      'id',
      '2nd-part',
    );
    expect(within(second).getByText('Step two.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Link to section “Second part”' })).toHaveAttribute(
      'href',
      '#2nd-part',
    );
    // Head tags follow the page in an effect, not in the same render.
    await waitFor(() => expect(document.title).toBe('Hello world — Test Blog'));
  });

  it('finds the post without a trailing slash', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    renderApp('/blog/hello-world');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello world' })).toBeVisible();
  });

  it('fetches data under the site base and routes within it', async () => {
    const server = fakeServer({
      '/sub/folio-data/v1/posts/2018/01/30/hello.json': {
        json: makePost({ path: normalizePostPath('/2018/01/30/hello/') }),
      },
    });
    renderApp('/sub/2018/01/30/hello', { ...testSite, base: '/sub/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello world' })).toBeVisible();
    expect(server.requested).toEqual(['/sub/folio-data/v1/posts/2018/01/30/hello.json']);
  });

  it('marks drafts with a visible badge', async () => {
    fakeServer({ [postUrl]: { json: makePost({ draft: true }) } });
    renderApp('/blog/hello-world/');
    const article = await screen.findByRole('article');
    expect(within(article).getByText('Draft')).toBeVisible();
  });

  it('shows a post without a draft badge when it is published', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    renderApp('/blog/hello-world/');
    await screen.findByRole('article');
    expect(screen.queryByText('Draft')).not.toBeInTheDocument();
  });

  it('formats the date in the site time zone, not UTC', async () => {
    // 05:00 UTC on Jan 31 is still the evening of Jan 30 in Los Angeles.
    fakeServer({ [postUrl]: { json: makePost({ date: '2018-01-31T05:00:00+00:00' }) } });
    renderApp('/blog/hello-world/', { ...testSite, timeZone: 'America/Los_Angeles' });
    const time = await screen.findByText('January 30, 2018');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2018-01-31T05:00:00+00:00');
  });

  it('scrolls to and focuses the section named by the hash, even with a leading digit', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    renderApp('/blog/hello-world/#2nd-part');
    const heading = await screen.findByRole('heading', { level: 2, name: /Second part/ });
    expect(heading).toHaveFocus();
    expect(heading.scrollIntoView).toHaveBeenCalled();
  });

  it('moves focus to a section after following its anchor link', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    const { router } = renderApp('/blog/hello-world/');
    await screen.findByRole('article');
    await act(() => router.navigate('/blog/hello-world/#getting-started'));
    expect(await screen.findByRole('heading', { level: 2, name: /Getting started/ })).toHaveFocus();
  });

  it('follows links inside the post HTML without leaving the app', async () => {
    const other = makePost({
      title: 'Other post',
      path: normalizePostPath('/other/'),
      sections: [{ id: '', title: '', level: 0, html: '<p>Other body.</p>' }],
    });
    fakeServer({
      [postUrl]: {
        json: makePost({
          sections: [
            { id: '', title: '', level: 0, html: '<p><a href="/other/">see this</a></p>' },
          ],
        }),
      },
      '/folio-data/v1/posts/other.json': { json: other },
    });
    const { user, router } = renderApp('/blog/hello-world/');
    await user.click(await screen.findByRole('link', { name: 'see this' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Other post' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/other/');
  });
});

describe('section anchor links', () => {
  it('are real links that move focus to their section', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    const { user, router } = renderApp('/blog/hello-world/');
    await user.click(await screen.findByRole('link', { name: 'Link to section “Second part”' }));
    expect(screen.getByRole('heading', { level: 2, name: /Second part/ })).toHaveFocus();
    expect(router.state.location.pathname).toBe('/blog/hello-world/');
    expect(router.state.location.hash).toBe('#2nd-part');
  });
});
