import { act, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { listenForDataChanges } from '../../src/app/live-updates.ts';
import { DATA_CHANGED_EVENT } from '../../src/content/dev-protocol.ts';
import { createRoutes } from '../../src/app/routes.tsx';
import { fakeServer } from './fake-server.ts';
import { makePost, testSite } from './fixtures.ts';
import { renderWithProviders, testQueryClient } from './render-app.tsx';

const postUrl = '/folio-data/v1/posts/blog/hello-world.json';

/** Stands in for `import.meta.hot`: the test fires the plugin's event by hand. */
function fakeHot() {
  const listeners: (() => void)[] = [];
  return {
    on: (event: string, listener: () => void) => {
      if (event === DATA_CHANGED_EVENT) listeners.push(listener);
    },
    emit: () => {
      for (const listener of listeners) listener();
    },
  };
}

function renderWithHot(path: string) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient, testSite), {
    initialEntries: [path],
  });
  const hot = fakeHot();
  listenForDataChanges(queryClient, router, hot);
  renderWithProviders(<RouterProvider router={router} />, testSite, queryClient);
  return hot;
}

describe('dev live updates', () => {
  it('shows an edited post in place when the data changes', async () => {
    const server = fakeServer({ [postUrl]: { json: makePost() } });
    const hot = renderWithHot('/blog/hello-world/');
    await screen.findByRole('heading', { level: 1, name: 'Hello world' });

    server.routes[postUrl] = { json: makePost({ title: 'Hello again' }) };
    act(() => {
      hot.emit();
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello again' })).toBeVisible();
  });

  it('shows the 404 page when the open post is deleted', async () => {
    const server = fakeServer({ [postUrl]: { json: makePost() } });
    const hot = renderWithHot('/blog/hello-world/');
    await screen.findByRole('heading', { level: 1, name: 'Hello world' });

    server.routes[postUrl] = { status: 404, body: 'Not Found', contentType: 'text/plain' };
    act(() => {
      hot.emit();
    });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
