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
