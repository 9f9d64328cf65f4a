import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from './fake-server.ts';
import { makeIndexPage, makePost, makeSummary } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

const postUrl = '/folio-data/v1/posts/blog/hello-world.json';
const indexUrl = '/folio-data/v1/index/1.json';

function announcer(): HTMLElement {
  const region = document.querySelector<HTMLElement>('.folio-route-announcer');
  if (region === null) throw new Error('no route announcer in the page');
  return region;
}

describe('page changes for keyboard and screen-reader users', () => {
  it('has the landmarks, one h1 and a skip link to main', async () => {
    fakeServer({ [indexUrl]: { json: makeIndexPage() } });
    renderApp('/');
    await screen.findByRole('link', { name: 'Hello world' });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'folio-main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute(
      'href',
      '#folio-main',
    );
    expect(announcer()).toHaveRole('status');
  });

  it('leaves focus alone on the first load', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    renderApp('/blog/hello-world/');
    await screen.findByRole('heading', { level: 1, name: 'Hello world' });
    expect(document.body).toHaveFocus();
    expect(announcer()).toBeEmptyDOMElement();
  });

  it('moves focus to the new page’s h1 and announces its title after a client navigation', async () => {
    fakeServer({
      [indexUrl]: { json: makeIndexPage({ posts: [makeSummary()] }) },
      [postUrl]: { json: makePost() },
    });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Hello world' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hello world' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(announcer()).toHaveTextContent('Hello world');
    // Focusable by script only: not a stop in the tab order.
    expect(heading).toHaveAttribute('tabindex', '-1');

    await user.click(screen.getByRole('link', { name: 'All posts' }));
    const indexHeading = await screen.findByRole('heading', { level: 1, name: 'Posts' });
    await waitFor(() => expect(indexHeading).toHaveFocus());
    expect(announcer()).toHaveTextContent('Posts');
  });

  it('leaves hash changes on the same page to the section focus', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    const { router } = renderApp('/blog/hello-world/');
    await screen.findByRole('article');
    await act(() => router.navigate('/blog/hello-world/#getting-started'));
    expect(await screen.findByRole('heading', { level: 2, name: /Getting started/ })).toHaveFocus();
    expect(announcer()).toBeEmptyDOMElement();
  });

  it('focuses the section, not the h1, when the new page’s link names one', async () => {
    fakeServer({
      [indexUrl]: { json: makeIndexPage({ posts: [makeSummary()] }) },
      [postUrl]: { json: makePost() },
    });
    const { router } = renderApp('/');
    await screen.findByRole('link', { name: 'Hello world' });
    await act(() => router.navigate('/blog/hello-world/#getting-started'));
    expect(await screen.findByRole('heading', { level: 2, name: /Getting started/ })).toHaveFocus();
    expect(announcer()).toHaveTextContent('Hello world');
  });
});
