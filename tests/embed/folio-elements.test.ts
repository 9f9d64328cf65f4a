import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { defineFolioElements } from '../../src/embed/elements/define-elements.ts';
import type { FolioEventMap } from '../../src/embed/embed-events.ts';
import { fakeServer } from '../app/fake-server.ts';
import { makeIndexPage, makePost, makeSummary } from '../app/fixtures.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const SITE = 'https://blog.example.com/';
const POST_JSON = `${SITE}folio-data/v1/posts/blog/hello-world.json`;
const POST_URL = `${SITE}blog/hello-world/`;
const INDEX_JSON = `${SITE}blog/folio-data/v1/index/1.json`;

beforeAll(() => defineFolioElements());

afterEach(async () => {
  document.body.replaceChildren();
  // Elements let go of their loads in a microtask after they leave (a moved one keeps it).
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
    const container = element.shadowRoot?.querySelector('[part="root"]');
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

const withImage = makePost({
  excerpt: 'What this post is about.',
  readingMinutes: 4,
  sections: [
    {
      id: '',
      title: '',
      level: 0,
      html: '<p>Intro.</p><p><img src="/uploads/cover.png" alt="The cover" width="800" height="400"></p>',
    },
    { id: 'getting-started', title: 'Getting started', level: 2, html: '<p>Step one.</p>' },
    { id: '2nd-part', title: 'Second part', level: 2, html: '<p>Step two.</p>' },
  ],
});

describe('<folio-post>', () => {
  test('shows loading, then a teaser: image, title, byline, excerpt, one link', async () => {
    fakeServer({ [POST_JSON]: { json: withImage } });
    const views = listen('folio:view');
    const { element, inside } = mount(`<folio-post src="${POST_URL}"></folio-post>`);
    expect(inside().getByRole('status')).toHaveTextContent('Loading…');
    expect(
      await inside().findByRole('heading', { level: 2, name: 'Hello world' }),
    ).toBeInTheDocument();
    expect(inside().getByText('By Ada Lovelace')).toBeInTheDocument();
    expect(inside().getByText('4 min read')).toBeInTheDocument();
    expect(inside().getByText('What this post is about.')).toBeInTheDocument();
    // The post's first image, its address made absolute on the post's site.
    expect(inside().getByRole('img', { name: 'The cover' })).toHaveAttribute(
      'src',
      `${SITE}uploads/cover.png`,
    );
    expect(inside().getAllByRole('link')).toHaveLength(1);
    expect(inside().getByRole('link', { name: 'Read on blog.example.com' })).toHaveAttribute(
      'href',
      POST_URL,
    );
    expect(inside().queryByText('Step one.')).toBeNull();
    expect(inside().getByRole('heading')).toHaveAttribute('part', 'title');
    await waitFor(() => expect(views).toHaveLength(1));
    expect(views[0]?.detail).toEqual({ kind: 'post', url: POST_URL, title: 'Hello world' });
    expect(views[0]?.target).toBe(element);
  });

  test('site-name names the site in the teaser link', async () => {
    fakeServer({ [POST_JSON]: { json: makePost() } });
    const { inside } = mount(
      `<folio-post src="${POST_JSON}" site-name="the Example blog"></folio-post>`,
    );
    expect(await inside().findByRole('link', { name: 'Read on the Example blog' })).toHaveAttribute(
      'href',
      POST_URL,
    );
  });

  test('locale and time-zone decide the words and the date', async () => {
    fakeServer({ [POST_JSON]: { json: makePost() } });
    const { inside } = mount(
      `<folio-post src="${POST_JSON}" locale="fr-FR" time-zone="Pacific/Kiritimati"></folio-post>`,
    );
    expect(await inside().findByRole('link', { name: 'Lire sur blog.example.com' })).toBeVisible();
    // 15:10 UTC on January 30 is already January 31 at UTC+14.
    expect(inside().getByText('31 janvier 2018')).toHaveAttribute(
      'datetime',
      '2018-01-30T15:10:27+00:00',
    );
  });

  test('view="full" shows every section, with heading anchors', async () => {
    fakeServer({ [POST_JSON]: { json: makePost() } });
    const { inside } = mount(`<folio-post src="${POST_URL}" view="full"></folio-post>`);
    expect(
      await inside().findByRole('heading', { level: 1, name: 'Hello world' }),
    ).toBeInTheDocument();
    expect(inside().getByText('Intro paragraph.')).toBeInTheDocument();
    expect(inside().getByText('Step two.')).toBeInTheDocument();
    expect(
      inside()
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.id),
    ).toEqual(['getting-started', '2nd-part']);
    expect(inside().getByRole('link', { name: 'Read on blog.example.com' })).toBeInTheDocument();
    expect(inside().queryByRole('link', { name: 'Continue reading' })).toBeNull();
  });

  test('sections="2" stops after the intro and one section, and links to the next', async () => {
    fakeServer({ [POST_JSON]: { json: makePost() } });
    const { inside } = mount(`<folio-post src="${POST_URL}" sections="2"></folio-post>`);
    expect(await inside().findByText('Step one.')).toBeInTheDocument();
    expect(inside().queryByText('Step two.')).toBeNull();
    expect(inside().getByRole('link', { name: 'Continue reading' })).toHaveAttribute(
      'href',
      `${POST_URL}#2nd-part`,
    );
  });

  test('a missing post is a message inside the element', async () => {
    fakeServer({});
    const { inside } = mount(`<folio-post src="${SITE}blog/gone/"></folio-post>`);
    expect(await inside().findByRole('heading', { name: 'Post not found' })).toBeInTheDocument();
  });

  test('a src that is no URL says so, without a request', async () => {
    const server = fakeServer({});
    const { inside } = mount(`<folio-post src="javascript:alert(1)"></folio-post>`);
    expect(await inside().findByRole('heading', { name: 'No post to show' })).toBeInTheDocument();
    expect(server.requested).toEqual([]);
  });

  test('a server error offers a retry that loads the post', async () => {
    const server = fakeServer({ [POST_JSON]: { status: 500 } });
    const { inside } = mount(`<folio-post src="${POST_JSON}"></folio-post>`);
    const alert = await inside().findByRole('alert');
    expect(alert).toHaveTextContent('Could not load this post');
    server.routes[POST_JSON] = { json: makePost() };
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await inside().findByRole('heading', { level: 2 })).toHaveTextContent('Hello world');
  });

  test('a new src loads the new post; a new view redraws without loading again', async () => {
    const other = `${SITE}folio-data/v1/posts/blog/other.json`;
    const server = fakeServer({
      [POST_JSON]: { json: makePost() },
      [other]: {
        json: makePost({ title: 'Another post', path: normalizePostPath('/blog/other/') }),
      },
    });
    const views = listen('folio:view');
    const { element, inside } = mount(`<folio-post src="${POST_JSON}"></folio-post>`);
    await inside().findByRole('heading', { name: 'Hello world' });
    element.setAttribute('src', `${SITE}blog/other/`);
    expect(await inside().findByRole('heading', { name: 'Another post' })).toBeInTheDocument();
    const requests = server.requested.length;
    element.setAttribute('view', 'full');
    expect(
      await inside().findByRole('heading', { level: 1, name: 'Another post' }),
    ).toBeInTheDocument();
    expect(server.requested).toHaveLength(requests);
    expect(views.map((event) => event.detail.title)).toEqual(['Hello world', 'Another post']);
  });

  test('a section anchor copies its URL and tells the host; other links can be cancelled', async () => {
    fakeServer({ [POST_JSON]: { json: makePost() } });
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const copies = listen('folio:anchor-copy');
    const navigations = listen('folio:navigate');
    document.addEventListener('folio:navigate', (event) => event.preventDefault(), { once: true });
    const { inside } = mount(`<folio-post src="${POST_JSON}" view="full"></folio-post>`);
    await userEvent.click(await inside().findByRole('link', { name: /Getting started/ }));
    await waitFor(() => expect(copies).toHaveLength(1));
    expect(writeText).toHaveBeenCalledWith(`${POST_URL}#getting-started`);
    expect(copies[0]?.detail).toEqual({
      url: `${POST_URL}#getting-started`,
      sectionId: 'getting-started',
      copied: true,
    });
    expect(copies[0]?.bubbles && copies[0]?.composed).toBe(true);
    await userEvent.click(inside().getByRole('link', { name: 'Read on blog.example.com' }));
    expect(navigations.map((event) => [event.detail.url, event.defaultPrevented])).toEqual([
      [POST_URL, true],
    ]);
  });
});

describe('<folio-posts>', () => {
  const index = makeIndexPage({
    posts: ['a', 'b', 'c', 'd'].map((slug) =>
      makeSummary({
        title: `Post ${slug}`,
        excerpt: `About ${slug}.`,
        path: normalizePostPath(`/blog/${slug}/`),
      }),
    ),
  });

  test('shows the latest posts, 3 by default, as cards with excerpts', async () => {
    fakeServer({ [INDEX_JSON]: { json: index } });
    const { inside } = mount(`<folio-posts src="${SITE}blog/"></folio-posts>`);
    expect(await inside().findAllByRole('listitem')).toHaveLength(3);
    expect(inside().getByText('About a.')).toBeInTheDocument();
    expect(inside().getAllByText('Ada Lovelace')).toHaveLength(3);
  });

  test('limit and view="compact": titles linking to each post, dates, no excerpts', async () => {
    fakeServer({ [INDEX_JSON]: { json: index } });
    const { inside } = mount(
      `<folio-posts src="${SITE}blog/" limit="2" view="compact"></folio-posts>`,
    );
    const links = await inside().findAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Post a', `${SITE}blog/blog/a/`],
      ['Post b', `${SITE}blog/blog/b/`],
    ]);
    expect(inside().getAllByText('January 30, 2018')).toHaveLength(2);
    expect(inside().queryByText('About a.')).toBeNull();
    expect(inside().queryByText('Ada Lovelace')).toBeNull();
  });

  test('a site without posts says so', async () => {
    fakeServer({ [INDEX_JSON]: { json: makeIndexPage({ posts: [] }) } });
    const { inside } = mount(`<folio-posts src="${SITE}blog/"></folio-posts>`);
    expect(await inside().findByText('No posts yet.')).toBeInTheDocument();
  });
});
