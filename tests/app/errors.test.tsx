import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer } from './fake-server.ts';
import { makePost } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

const postUrl = '/folio-data/v1/posts/blog/hello-world.json';

async function findErrorView() {
  return screen.findByRole('heading', { level: 1, name: 'Could not load this page' });
}

describe('not found', () => {
  it('shows a 404 page with the path and a link home for an unknown path', async () => {
    fakeServer({});
    renderApp('/no/such/post/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(screen.getByText('/no/such/post/')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page not found — Test Blog'));
  });

  it('shows the 404 page when the post JSON answers 404', async () => {
    fakeServer({ [postUrl]: { status: 404, body: '{}' } });
    renderApp('/blog/hello-world/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  it('treats an HTML answer (a static host SPA fallback) as not found', async () => {
    fakeServer({ [postUrl]: { status: 200, body: '<!doctype html>', contentType: 'text/html' } });
    renderApp('/blog/hello-world/');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

describe('load failures', () => {
  it('offers "Try again" after a network error and shows the post once it recovers', async () => {
    const server = fakeServer({ [postUrl]: 'network-error' });
    const { user } = renderApp('/blog/hello-world/');

    await findErrorView();
    expect(screen.getByRole('alert')).toHaveTextContent(/Check your connection/);
    expect(screen.queryByRole('heading', { name: 'Page not found' })).not.toBeInTheDocument();

    server.routes[postUrl] = { json: makePost() };
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello world' })).toBeVisible();
  });

  it('shows the error view for a server error', async () => {
    fakeServer({ [postUrl]: { status: 503, body: '' } });
    renderApp('/blog/hello-world/');
    await findErrorView();
    expect(screen.getByRole('alert')).toHaveTextContent(/503/);
  });

  it('shows the error view for a response that is not JSON', async () => {
    fakeServer({ [postUrl]: { status: 200, body: '{ nope' } });
    renderApp('/blog/hello-world/');
    await findErrorView();
    expect(screen.getByRole('alert')).toHaveTextContent(/is invalid: it is not JSON/);
  });

  it('names the schema version when the data was written for another one', async () => {
    fakeServer({ [postUrl]: { json: { ...makePost(), schemaVersion: 2 } } });
    renderApp('/blog/hello-world/');
    await findErrorView();
    expect(screen.getByRole('alert')).toHaveTextContent(/schema version 2.*reads version 1/);
  });

  it('shows the error view for JSON that does not match the schema', async () => {
    fakeServer({ [postUrl]: { json: { ...makePost(), title: undefined } } });
    renderApp('/blog/hello-world/');
    await findErrorView();
    expect(screen.getByRole('alert')).toHaveTextContent(/title/);
  });

  it('keeps the site header and footer around error pages', async () => {
    fakeServer({ [postUrl]: 'network-error' });
    renderApp('/blog/hello-world/');
    await findErrorView();
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Test Blog' }),
    ).toBeVisible();
    expect(screen.getByRole('contentinfo')).toBeVisible();
  });
});
