import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { defineFolioElements } from '../../src/embed/define-elements.tsx';
import type { FolioEventMap } from '../../src/embed/embed-events.ts';
import { fakeServer } from '../app/fake-server.ts';
import { makeIndexPage, makePost, makeSummary } from '../app/fixtures.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const SITE = 'https://blog.example.com/';
const POST_JSON = `${SITE}folio-data/v1/posts/blog/hello-world.json`;
const POST_URL = `${SITE}blog/hello-world/`;

beforeAll(() => defineFolioElements());

// Removing an element unmounts it in a microtask (a moved element stays mounted): wait for
// it, so no React work is left when the test environment goes.
afterEach(async () => {
  document.body.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

/** Puts an element in the document and returns queries inside its shadow root. */
function mount(html: string) {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  const element = holder.firstElementChild;
  if (!(element instanceof HTMLElement)) throw new Error('no element');
  const inside = () => {
    const container = element.shadowRoot?.querySelector('div');
    if (!(container instanceof HTMLElement)) throw new Error('not rendered');
    return within(container);
  };
  return { element, inside };
}

function listen<K extends keyof FolioEventMap>(type: K) {
  const events: FolioEventMap[K][] = [];
  document.addEventListener(type, (event) => events.push(event));
  return events;
}

describe('<folio-post>', () => {
  test('shows loading, then the post with a link to its canonical URL', async () => {
    fakeServer({ [POST_JSON]: { json: makePost() } });
    const views = listen('folio:view');
    const { element, inside } = mount(`<folio-post src="${POST_URL}"></folio-post>`);
    expect(await inside().findByRole('status')).toHaveTextContent('Loading…');
    expect(
      await inside().findByRole('heading', { level: 1, name: 'Hello world' }),
    ).toBeInTheDocument();
    expect(inside().getByText('By Ada Lovelace')).toBeInTheDocument();
    expect(inside().getByRole('link', { name: 'Read the full post' })).toHaveAttribute(
      'href',
      POST_URL,
    );
    expect(inside().getByRole('heading', { level: 1 })).toHaveAttribute('part', 'title');
    await waitFor(() => expect(views).toHaveLength(1));
    expect(views[0]?.detail).toEqual({ kind: 'post', url: POST_URL, title: 'Hello world' });
    expect(views[0]?.target).toBe(element);
  });

  test('a missing post is a 404 message inside the element', async () => {
    fakeServer({});
    const { inside } = mount(`<folio-post src="${SITE}blog/gone/"></folio-post>`);
    expect(await inside().findByRole('heading', { name: 'Post not found' })).toBeInTheDocument();
  });

  test('a server error offers a retry that loads the post', async () => {
    const server = fakeServer({ [POST_JSON]: { status: 500 } });
    const { inside } = mount(`<folio-post src="${POST_JSON}"></folio-post>`);
    // Network failures are retried twice (1 s, 2 s) before the error shows.
    const alert = await inside().findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Could not load this post');
    server.routes[POST_JSON] = { json: makePost() };
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await inside().findByRole('heading', { level: 1 })).toHaveTextContent('Hello world');
  });

  test('a new src attribute loads the new post', async () => {
    const other = `${SITE}folio-data/v1/posts/blog/other.json`;
    fakeServer({
      [POST_JSON]: { json: makePost() },
      [other]: {
        json: makePost({ title: 'Another post', path: normalizePostPath('/blog/other/') }),
      },
    });
    const { element, inside } = mount(`<folio-post src="${POST_JSON}"></folio-post>`);
    await inside().findByRole('heading', { level: 1, name: 'Hello world' });
    element.setAttribute('src', `${SITE}blog/other/`);
    expect(
      await inside().findByRole('heading', { level: 1, name: 'Another post' }),
    ).toBeInTheDocument();
  });

  test('a section anchor copies its URL and tells the host; other links can be cancelled', async () => {
    fakeServer({ [POST_JSON]: { json: makePost() } });
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const copies = listen('folio:anchor-copy');
    const navigations = listen('folio:navigate');
    document.addEventListener('folio:navigate', (event) => event.preventDefault(), { once: true });
    const { inside } = mount(`<folio-post src="${POST_JSON}"></folio-post>`);
    await userEvent.click(await inside().findByRole('link', { name: /Getting started/ }));
    await waitFor(() => expect(copies).toHaveLength(1));
    expect(writeText).toHaveBeenCalledWith(`${POST_URL}#getting-started`);
    expect(copies[0]?.detail).toEqual({
      url: `${POST_URL}#getting-started`,
      sectionId: 'getting-started',
      copied: true,
    });
    expect(copies[0]?.bubbles && copies[0]?.composed).toBe(true);
    await userEvent.click(inside().getByRole('link', { name: 'Read the full post' }));
    expect(navigations.map((event) => [event.detail.url, event.defaultPrevented])).toEqual([
      [POST_URL, true],
    ]);
  });
});

describe('<folio-posts>', () => {
  test('shows the latest posts up to the limit, linking to each post', async () => {
    fakeServer({
      [`${SITE}blog/folio-data/v1/index/1.json`]: {
        json: makeIndexPage({
          posts: ['a', 'b', 'c'].map((slug) =>
            makeSummary({ title: `Post ${slug}`, path: normalizePostPath(`/blog/${slug}/`) }),
          ),
        }),
      },
    });
    const { inside } = mount(`<folio-posts src="${SITE}blog/" limit="2"></folio-posts>`);
    const links = await inside().findAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Post a', `${SITE}blog/blog/a/`],
      ['Post b', `${SITE}blog/blog/b/`],
    ]);
  });
});
