import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  renderSearch,
  searchable,
  searchIndexUrl,
  searchPosts,
  serveSearchIndex,
} from './search-render.tsx';
import type { Reply } from './fake-server.ts';

const searchBox = () => screen.getByRole('searchbox', { name: 'Search posts' });

describe('the search page', () => {
  it('shows results as the reader types, with the matched words marked in title and snippet', async () => {
    await serveSearchIndex();
    const { user, router } = renderSearch('/search/');
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await user.type(searchBox(), 'falco');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 post matches “falco”.'),
    );
    const results = screen.getByRole('list', { name: 'Search results' });
    const link = within(results).getByRole('link', { name: 'Writing Falco rules' });
    expect(link).toHaveAttribute('href', '/blog/writing-falco-rules/');
    expect(within(link).getByText('Falco', { selector: 'mark' })).toBeVisible();
    const snippet = within(results).getByText(/watches system calls/);
    expect(within(snippet).getByText('Falco', { selector: 'mark' })).toBeVisible();
    // The URL is the query: shareable, and Back leaves the page.
    expect(router.state.location.search).toBe('?q=falco');
  });

  it('matches the word being typed as a prefix, and forgives a typo in a long word', async () => {
    await serveSearchIndex();
    const { user } = renderSearch('/search/');
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    await user.type(searchBox(), 'kuber');
    expect(
      await screen.findByRole('link', { name: 'A guide to Kubernetes monitoring' }),
    ).toBeVisible();
    await user.clear(searchBox());
    await user.type(searchBox(), 'monitorign');
    expect(
      await screen.findByRole('link', { name: 'A guide to Kubernetes monitoring' }),
    ).toBeVisible();
  });

  it('opens with the query of its URL, and says when nothing matches', async () => {
    await serveSearchIndex();
    renderSearch('/search/?q=zebra');
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    expect(searchBox()).toHaveValue('zebra');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('No posts match “zebra”.'),
    );
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
  });

  it('Escape clears the box and the URL; ArrowDown moves through the results', async () => {
    await serveSearchIndex();
    const { user, router } = renderSearch('/search/?q=system');
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    const list = await screen.findByRole('list', { name: 'Search results' });
    const [first, second] = within(list).getAllByRole('link');
    await user.click(searchBox());
    await user.keyboard('{ArrowDown}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(searchBox()).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
    expect(router.state.location.search).toBe('');
  });

  it('ranks the post matching most often first, and falls back to any word', async () => {
    const posts = [
      ...searchPosts,
      searchable('/blog/falco-falco/', 'Falco and Falco', 'Falco, Falco and more Falco.'),
    ];
    await serveSearchIndex(posts);
    const { user } = renderSearch('/search/');
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    await user.type(searchBox(), 'falco');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('2 posts match “falco”.'),
    );
    const links = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Falco and Falco',
      'Writing Falco rules',
    ]);
    // Any word may match when no post has them all.
    await user.clear(searchBox());
    await user.type(searchBox(), 'falco kubernetes');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('3 posts match “falco kubernetes”.'),
    );
  });

  it('shows twenty results, and the next twenty when asked', async () => {
    const posts = Array.from({ length: 45 }, (_, i) =>
      searchable(`/blog/tip-${i}/`, `Tip ${i}`, `Tip number ${i} about tracing.`),
    );
    await serveSearchIndex(posts);
    const { user } = renderSearch('/search/?q=tracing');
    const list = await screen.findByRole('list', { name: 'Search results' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(20));
    expect(screen.getByRole('status')).toHaveTextContent('45 posts match “tracing”.');
    await user.click(screen.getByRole('button', { name: 'Show more results (25 left)' }));
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(40));
    // Focus moves to the first new result, so keyboard readers go on from there.
    await waitFor(() => expect(within(list).getAllByRole('link')[20]).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Show more results (5 left)' }));
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(45));
    await waitFor(() => expect(within(list).getAllByRole('link')[40]).toHaveFocus());
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
  });

  it('downloads only the chunks of the words typed and the fragments of the results shown', async () => {
    // Enough distinct words for several chunks.
    const posts = Array.from({ length: 400 }, (_, i) =>
      searchable(
        `/blog/p-${i}/`,
        `Post ${i}`,
        Array.from({ length: 30 }, (_, j) => `w${((i * 31 + j) * 7919).toString(36)}`).join(' '),
      ),
    );
    const server = await serveSearchIndex(posts);
    expect(server.chunkUrls.length).toBeGreaterThan(3);
    renderSearch('/search/?q=post');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('400 posts match “post”.'),
    );
    const requested = new Set(server.requested);
    const chunks = server.chunkUrls.filter((url) => requested.has(url));
    const fragments = server.fragmentUrls.filter((url) => requested.has(url));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThan(server.chunkUrls.length / 2);
    // Twenty results shown, four posts a fragment: at most twenty fragments of a hundred.
    expect(fragments.length).toBeLessThanOrEqual(20);
    expect(fragments.length).toBeLessThan(server.fragmentUrls.length / 4);
  });

  it('asks again for a manifest from before a deploy, whose files are gone', async () => {
    const server = await serveSearchIndex();
    const fresh = server.routes[searchIndexUrl];
    let asked = 0;
    server.routes[searchIndexUrl] = () =>
      asked++ === 0
        ? { json: { schemaVersion: 1, parts: [], chunks: [{ first: '', file: 'gone.json' }] } }
        : (fresh as Reply);
    renderSearch('/search/?q=falco');
    expect(await screen.findByRole('link', { name: 'Writing Falco rules' })).toBeVisible();
    expect(asked).toBe(2);
  });

  it('says so when a file of the index cannot be loaded', async () => {
    const server = await serveSearchIndex();
    for (const url of server.fragmentUrls) {
      server.routes[url] = { status: 404, body: 'Not Found', contentType: 'text/plain' };
    }
    renderSearch('/search/?q=falco');
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        /^Search is unavailable: There is no data file at \/folio-data\/v1\/search\/posts\//,
      ),
    );
  });

  it('says so when the index cannot be loaded', async () => {
    const server = await serveSearchIndex();
    server.routes[searchIndexUrl] = 'network-error';
    renderSearch('/search/?q=falco');
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        /^Search is unavailable: Could not load/,
      ),
    );
  });
});

describe('the header search box', () => {
  it('is the only search box on the search page', async () => {
    await serveSearchIndex();
    renderSearch('/search/');
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    expect(screen.getAllByRole('searchbox')).toHaveLength(1);
  });

  it('loads the index on first focus, never with a plain page view', async () => {
    const server = await serveSearchIndex();
    const { user } = renderSearch('/blog/writing-falco-rules/');
    expect(await screen.findByRole('heading', { name: /Page at/ })).toBeVisible();
    expect(server.requested).toEqual([]);
    await user.click(searchBox());
    await waitFor(() => expect(server.requested).toEqual([searchIndexUrl]));
    // Typing fetches what the words need: the chunk of "falco", then the result's fragment.
    await user.keyboard('falco');
    expect(await screen.findByRole('link', { name: 'Writing Falco rules' })).toBeVisible();
    expect(server.requested.slice(1).map((url) => url.split('/search/')[1]?.split('/')[0])).toEqual(
      ['terms', 'posts'],
    );
  });

  it('`/` focuses it from anywhere, but is typed as usual inside a field', async () => {
    await serveSearchIndex();
    const { user } = renderSearch('/blog/announcing-sysdig/');
    await screen.findByRole('heading', { name: /Page at/ });
    expect(searchBox()).not.toHaveFocus();
    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    expect(searchBox()).toHaveValue('');
    await user.keyboard('a/b');
    expect(searchBox()).toHaveValue('a/b');
  });

  it('shows the best results under it; a result navigates and closes the panel', async () => {
    await serveSearchIndex();
    const { user, router } = renderSearch('/blog/announcing-sysdig/');
    await user.click(searchBox());
    await user.keyboard('falco');
    const result = await screen.findByRole('link', { name: 'Writing Falco rules' });
    expect(screen.getByRole('status')).toHaveTextContent('1 post matches “falco”.');
    await user.keyboard('{ArrowDown}');
    expect(result).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/blog/writing-falco-rules/'));
    expect(searchBox()).toHaveValue('');
    expect(screen.queryByRole('link', { name: 'Writing Falco rules' })).not.toBeInTheDocument();
  });

  it('Enter opens the search page with the query; Escape closes, then clears', async () => {
    await serveSearchIndex();
    const { user, router } = renderSearch('/blog/announcing-sysdig/');
    await user.click(searchBox());
    await user.keyboard('system');
    expect(await screen.findByRole('link', { name: 'Announcing Sysdig' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('link', { name: 'Announcing Sysdig' })).not.toBeInTheDocument();
    expect(searchBox()).toHaveValue('system');
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
    await user.keyboard('linux{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search/'));
    expect(router.state.location.search).toBe('?q=linux');
    expect(searchBox()).toHaveValue('linux');
    expect(await screen.findByRole('link', { name: 'Announcing Sysdig' })).toBeVisible();
  });
});
