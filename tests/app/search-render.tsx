import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router';
import { searchEntry } from '../../src/compiler/site/search-index.ts';
import { searchIndexFiles } from '../../src/builder/search-index-file.ts';

type SearchablePost = Parameters<typeof searchEntry>[0];
import type { SiteConfig } from '../../src/content/site-config.ts';
import { SEARCH_INDEX_FILE } from '../../src/content/search-paths.ts';
import { createSearchRoute } from '../../src/app/routes/search-route.tsx';
import { SearchLauncher } from '../../src/app/search/search-launcher.tsx';
import { NotFoundView } from '../../src/app/views/not-found-view.tsx';
import { fakeServer } from './fake-server.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';
import { testSite } from './fixtures.ts';
import { renderWithProviders, testQueryClient } from './render-app.tsx';

/** The URL the app fetches the index from under testSite (base `/`). */
export const searchIndexUrl = `/${SEARCH_INDEX_FILE}`;

export function searchable(path: string, title: string, body: string): SearchablePost {
  return {
    title,
    path: normalizePostPath(path),
    author: 'Ada Lovelace',
    date: '2018-01-30T15:10:27+00:00',
    sections: [{ id: '', title: '', level: 0, html: `<p>${body}</p>` }],
  };
}

export const searchPosts = [
  searchable(
    '/blog/writing-falco-rules/',
    'Writing Falco rules',
    'Falco watches system calls. A rule has a condition and an output.',
  ),
  searchable(
    '/blog/announcing-sysdig/',
    'Announcing Sysdig',
    'Sysdig captures system state and activity from a running Linux instance.',
  ),
  searchable(
    '/2016/04/12/kubernetes-monitoring-guide/',
    'A guide to Kubernetes monitoring',
    'Monitoring containers orchestrated by Kubernetes needs labels.',
  ),
];

/**
 * Serves the index of `posts` as the build writes it (built by the same code): the manifest,
 * the term chunks and the fragments, each under its URL. Returns the fake server and the
 * URLs of its chunks and fragments.
 */
export async function serveSearchIndex(posts: SearchablePost[] = searchPosts) {
  const files = await searchIndexFiles(posts.map(searchEntry));
  const routes: Parameters<typeof fakeServer>[0] = {};
  for (const [name, json] of files) routes[`/${name}`] = { json: JSON.parse(json) };
  const urls = Object.keys(routes);
  return {
    ...fakeServer(routes),
    chunkUrls: urls.filter((url) => url.includes('/search/terms/')),
    fragmentUrls: urls.filter((url) => url.includes('/search/posts/')),
  };
}

/** Where a result link lands: a stand-in for the post route that names its path. */
function PageAt() {
  const { pathname } = useLocation();
  return <h1>Page at {pathname}</h1>;
}

/**
 * The search route and the header launcher as routes.tsx and site-frame.tsx mount them, in
 * the app's providers: a frame with the launcher, `/search/`, the 404 view for `/missing/*`,
 * and a stand-in page for every other path.
 */
export function renderSearch(path: string, site: SiteConfig = testSite) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            <header>
              <SearchLauncher />
            </header>
            <main>
              <Outlet />
            </main>
          </>
        ),
        children: [
          createSearchRoute(),
          { path: 'missing/*', Component: NotFoundView },
          { path: '*', Component: PageAt },
        ],
      },
    ],
    { initialEntries: [path], basename: site.base },
  );
  const user = userEvent.setup();
  renderWithProviders(<RouterProvider router={router} />, site, queryClient);
  return { router, user, queryClient };
}
