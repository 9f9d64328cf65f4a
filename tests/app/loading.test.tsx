import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeServer } from './fake-server.ts';
import { makeIndexPage, makePost, makeSummary } from './fixtures.ts';
import { PROGRESS_DELAY_MS } from '../../src/app/views/navigation-progress.tsx';
import { renderApp } from './render-app.tsx';

/** A fetch that answers only when the test says so. */
function deferredFetch() {
  let answer: (response: Response) => void = () => undefined;
  const fetch = vi.fn(
    () =>
      new Promise<Response>((resolve) => {
        answer = resolve;
      }),
  );
  vi.stubGlobal('fetch', fetch);
  return {
    respond: (body: unknown) => {
      answer(Response.json(body));
    },
  };
}

describe('loading states', () => {
  it('announces "Loading…" on the very first load', async () => {
    const server = deferredFetch();
    renderApp('/blog/hello-world/');
    expect(await screen.findByText('Loading…')).toHaveRole('status');
    server.respond(makePost());
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello world' })).toBeVisible();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('keeps the current page and shows a progress status while the next one loads', async () => {
    fakeServer({
      '/folio-data/v1/index/1.json': { json: makeIndexPage({ posts: [makeSummary()] }) },
    });
    const { user } = renderApp('/');
    const link = await screen.findByRole('link', { name: 'Hello world' });

    const server = deferredFetch();
    await user.click(link);
    expect(await screen.findByText('Loading page…')).toBeInTheDocument();
    expect(screen.getByText('Loading page…').closest('[role=status]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Hello world' })).toBeVisible();

    server.respond(makePost());
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello world' })).toBeVisible();
    expect(screen.queryByText('Loading page…')).not.toBeInTheDocument();
  });

  it('shows no progress for a navigation answered within the delay', async () => {
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      if (screen.queryByText('Loading page…')) seen.push('progress');
    });
    fakeServer({
      '/folio-data/v1/index/1.json': { json: makeIndexPage({ posts: [makeSummary()] }) },
    });
    const { user } = renderApp('/');
    const link = await screen.findByRole('link', { name: 'Hello world' });
    observer.observe(document.body, { childList: true, subtree: true });

    const server = deferredFetch();
    await user.click(link);
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_DELAY_MS / 2));
    server.respond(makePost());
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello world' })).toBeVisible();
    observer.disconnect();
    expect(seen).toEqual([]);
  });
});
