import { screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NotFoundView } from '../../src/app/views/not-found-view.tsx';
import { withProviders } from './render-app.tsx';
import { renderSearch, serveSearchIndex } from './search-render.tsx';

describe('the 404 page', () => {
  it('offers the permalink whose slug is closest to a misspelled one', async () => {
    await serveSearchIndex();
    renderSearch('/missing/blog/writting-falco-rule/');
    const suggestions = await screen.findByRole('region', { name: 'Did you mean' });
    const links = within(suggestions).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/blog/writing-falco-rules/']);
    expect(links[0]).toHaveAccessibleName('Writing Falco rules');
  });

  it('finds a post under another date prefix by its slug', async () => {
    await serveSearchIndex();
    renderSearch('/missing/2017/01/01/kubernetes-monitoring-guide.html');
    const suggestions = await screen.findByRole('region', { name: 'Did you mean' });
    expect(within(suggestions).getByRole('link')).toHaveAttribute(
      'href',
      '/2016/04/12/kubernetes-monitoring-guide/',
    );
  });

  it('offers nothing when no slug is close', async () => {
    const server = await serveSearchIndex();
    renderSearch('/missing/blog/quarterly-earnings-call/');
    // The index has answered (and the page rendered with it) before nothing is expected.
    await waitFor(() =>
      expect(server.requested.filter((url) => url.includes('/search/terms/'))).not.toEqual([]),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Did you mean' })).not.toBeInTheDocument();
  });

  it('has a search box filled with the words of the missing slug, which opens the search page', async () => {
    await serveSearchIndex();
    const { user, router } = renderSearch('/missing/blog/falco-rulez/');
    const box = within(screen.getByRole('main')).getByRole('searchbox', { name: 'Search posts' });
    expect(box).toHaveValue('falco rulez');
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/search/'));
    expect(router.state.location.search).toBe('?q=falco+rulez');
  });

  it('links to the home page', async () => {
    await serveSearchIndex();
    renderSearch('/missing/x/');
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('prerenders without data or requests: message, empty search box and home link', async () => {
    const server = await serveSearchIndex();
    const handler = createStaticHandler([{ path: '*', Component: NotFoundView }]);
    const context = await handler.query(new Request('https://blog.example.com/404.html'));
    if (context instanceof Response) throw new Error('expected a page');
    const html = renderToString(
      withProviders(
        <StaticRouterProvider
          router={createStaticRouter(handler.dataRoutes, context)}
          context={context}
          hydrate={false}
        />,
      ),
    );
    expect(html).toContain('Page not found');
    expect(html).toContain('<code class="folio-path">/404.html</code>');
    expect(html).toMatch(/<input[^>]*type="search"[^>]*value=""/);
    expect(html).not.toContain('Did you mean');
    expect(server.requested).toEqual([]);
  });
});
