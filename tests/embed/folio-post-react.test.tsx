import { render, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { FolioPost } from '../../src/embed/folio-post.tsx';
import { FolioPosts } from '../../src/embed/folio-posts.tsx';
import { fakeServer } from '../app/fake-server.ts';
import { makeIndexPage, makePost } from '../app/fixtures.ts';

const SITE = 'https://blog.example.com/';

function shadowOf(container: HTMLElement) {
  const host = container.firstElementChild;
  const inner = host?.shadowRoot?.querySelector('.folio-embed');
  if (!(inner instanceof HTMLElement)) throw new Error('not rendered in a shadow root');
  return within(inner);
}

test('<FolioPost> renders the post in a shadow root and calls onView', async () => {
  fakeServer({ [`${SITE}folio-data/v1/posts/blog/hello-world.json`]: { json: makePost() } });
  const onView = vi.fn();
  const { container } = render(
    <FolioPost src={`${SITE}blog/hello-world/`} className="news" onView={onView} />,
  );
  await waitFor(() =>
    expect(shadowOf(container).getByRole('heading', { level: 1 })).toHaveTextContent('Hello world'),
  );
  // Nothing of Folio's renders in the host's own DOM: only the host element.
  expect(container.innerHTML).toBe('<div class="news"></div>');
  await waitFor(() => expect(onView).toHaveBeenCalledTimes(1));
  expect(onView.mock.calls[0]?.[0].detail).toEqual({
    kind: 'post',
    url: `${SITE}blog/hello-world/`,
    title: 'Hello world',
  });
});

test('<FolioPosts> renders the cards', async () => {
  fakeServer({ [`${SITE}folio-data/v1/index/1.json`]: { json: makeIndexPage() } });
  const { container } = render(<FolioPosts src={SITE} />);
  await waitFor(() =>
    expect(shadowOf(container).getByRole('link', { name: 'Hello world' })).toHaveAttribute(
      'href',
      `${SITE}blog/hello-world/`,
    ),
  );
});

const POST_URL = `${SITE}folio-data/v1/posts/blog/hello-world.json`;

/** The post's view once loaded (the shell is replaced when the data comes). */
async function loadedPost(container: HTMLElement) {
  return waitFor(() => {
    const shadow = shadowOf(container);
    expect(shadow.getByRole('heading', { level: 1 })).toBeInTheDocument();
    return shadow;
  });
}

async function sectionHeadings(container: HTMLElement) {
  const shadow = await loadedPost(container);
  return shadow.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
}

test('<FolioPost> is a teaser by default: the opening section and a link to the rest', async () => {
  fakeServer({ [POST_URL]: { json: makePost() } });
  const { container } = render(<FolioPost src={`${SITE}blog/hello-world/`} />);
  expect(await sectionHeadings(container)).toEqual([]);
  const shadow = await loadedPost(container);
  expect(shadow.getByText('Intro paragraph.')).toBeInTheDocument();
  expect(shadow.getByRole('link', { name: 'Read the full post' })).toHaveAttribute(
    'href',
    `${SITE}blog/hello-world/`,
  );
});

test('<FolioPost view="full"> shows every section; sections={2} the first two', async () => {
  fakeServer({ [POST_URL]: { json: makePost() } });
  const full = render(<FolioPost src={`${SITE}blog/hello-world/`} view="full" />);
  expect(await sectionHeadings(full.container)).toEqual(['Getting started #', 'Second part #']);
  full.unmount();
  const two = render(<FolioPost src={`${SITE}blog/hello-world/`} sections={2} />);
  expect(await sectionHeadings(two.container)).toEqual(['Getting started #']);
});

test('theme pins the palette on the host; auto leaves it to the system', async () => {
  fakeServer({ [POST_URL]: { json: makePost() } });
  const dark = render(<FolioPost src={`${SITE}blog/hello-world/`} theme="dark" />);
  expect(dark.container.firstElementChild).toHaveAttribute('data-theme', 'dark');
  dark.unmount();
  const auto = render(<FolioPost src={`${SITE}blog/hello-world/`} theme="auto" />);
  expect(auto.container.firstElementChild).not.toHaveAttribute('data-theme');
});

test('<FolioPosts view="compact"> shows titles and dates, without author or excerpt', async () => {
  fakeServer({ [`${SITE}folio-data/v1/index/1.json`]: { json: makeIndexPage() } });
  const cards = render(<FolioPosts src={SITE} />);
  await waitFor(() => expect(shadowOf(cards.container).getByText('A first post.')).toBeVisible());
  expect(shadowOf(cards.container).getByText('Ada Lovelace')).toBeInTheDocument();
  cards.unmount();
  const compact = render(<FolioPosts src={SITE} view="compact" />);
  const shadow = await waitFor(() => {
    const inner = shadowOf(compact.container);
    expect(inner.getByRole('link', { name: 'Hello world' })).toBeInTheDocument();
    return inner;
  });
  expect(shadow.getByRole('listitem').querySelector('time')).toHaveAttribute(
    'datetime',
    '2018-01-30T15:10:27+00:00',
  );
  expect(shadow.queryByText('A first post.')).toBeNull();
  expect(shadow.queryByText('Ada Lovelace')).toBeNull();
});
