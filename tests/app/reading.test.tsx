import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PostSection } from '../../src/content/post-schema.ts';
import { fakeServer } from './fake-server.ts';
import { makePost } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

const postUrl = '/folio-data/v1/posts/blog/hello-world.json';
const KRAMDOWN_ID = 'containerlinuxbecomestheenterpriselinuxcontainerdistribution';
const threeSections: PostSection[] = [
  { id: '', title: '', level: 0, html: '<p>Intro paragraph.</p>' },
  {
    id: KRAMDOWN_ID,
    title: 'Container Linux becomes the Enterprise Linux Container Distribution',
    level: 2,
    html: '<p>One.</p>',
  },
  { id: 'enterprise-kubernetes', title: 'Enterprise Kubernetes', level: 2, html: '<p>Two.</p>' },
  { id: 'runtime-strategy', title: 'Runtime strategy', level: 2, html: '<p>Three.</p>' },
];

function servePost(sections: PostSection[] = threeSections) {
  fakeServer({ [postUrl]: { json: makePost({ sections }) } });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('table of contents', () => {
  it('is absent for a post with fewer than three sections', async () => {
    fakeServer({ [postUrl]: { json: makePost() } }); // two h2 sections
    renderApp('/blog/hello-world/');
    await screen.findByRole('article');
    expect(screen.queryByRole('navigation', { name: 'Contents' })).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('links to every section, in a wide column and a narrow disclosure', async () => {
    servePost();
    renderApp('/blog/hello-world/');
    await screen.findByRole('article');
    // Both layouts are in the markup (CSS shows one), so both navigations are found here.
    const navs = screen.getAllByRole('navigation', { name: 'Contents' });
    expect(navs).toHaveLength(2);
    for (const nav of navs) {
      const links = within(nav).getAllByRole('link');
      expect(links.map((link) => link.getAttribute('href'))).toEqual([
        `#${KRAMDOWN_ID}`,
        '#enterprise-kubernetes',
        '#runtime-strategy',
      ]);
      expect(within(nav).getByRole('link', { name: 'Runtime strategy' })).toBeInTheDocument();
      // Nothing is "in view" before the browser has measured anything.
      for (const link of links) expect(link).not.toHaveAttribute('aria-current');
    }
    for (const bar of screen.getAllByRole('progressbar', { name: 'Reading progress' })) {
      expect(bar).toHaveAttribute('value', '0');
    }
  });

  it('collapses the narrow list behind a disclosure', async () => {
    servePost();
    const { user } = renderApp('/blog/hello-world/');
    await screen.findByRole('article');
    const summary = screen.getByText('Contents', { selector: 'summary' });
    const details = summary.closest('details');
    expect(details).not.toBeNull();
    const narrow = within(details ?? document.body).getByRole('navigation', { name: 'Contents' });
    expect(narrow).not.toBeVisible();
    await user.click(summary);
    expect(narrow).toBeVisible();
    // Choosing a section closes it again, so it does not cover the section.
    await user.click(within(narrow).getByRole('link', { name: 'Enterprise Kubernetes' }));
    expect(narrow).not.toBeVisible();
  });

  it('marks the section crossing the viewport line as the current location', async () => {
    let notify: IntersectionObserverCallback = () => undefined;
    // What the live observer watches: StrictMode's remount disconnects the first one.
    const observed: Element[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        private watched: Element[] = [];
        constructor(callback: IntersectionObserverCallback) {
          notify = callback;
        }
        observe(element: Element) {
          this.watched.push(element);
          observed.push(element);
        }
        disconnect() {
          for (const element of this.watched) observed.splice(observed.indexOf(element), 1);
          this.watched = [];
        }
      },
    );
    servePost();
    renderApp('/blog/hello-world/');
    await screen.findByRole('article');
    await waitFor(() => expect(observed).toHaveLength(3));
    const third = observed[2];
    expect(third?.tagName).toBe('SECTION');
    act(() => {
      notify(
        [{ target: third, isIntersecting: true } as unknown as IntersectionObserverEntry],
        {} as IntersectionObserver,
      );
    });
    for (const nav of screen.getAllByRole('navigation', { name: 'Contents' })) {
      expect(within(nav).getByRole('link', { name: 'Runtime strategy' })).toHaveAttribute(
        'aria-current',
        'location',
      );
      expect(within(nav).getByRole('link', { name: 'Enterprise Kubernetes' })).not.toHaveAttribute(
        'aria-current',
      );
    }
  });
});

describe('section anchors', () => {
  it('copy the section URL, announce it, and still navigate', async () => {
    servePost();
    const { user, router } = renderApp('/blog/hello-world/');
    // After renderApp: user-event's setup installs a clipboard stub of its own.
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('link', { name: 'Link to section “Runtime strategy”' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^http.*#runtime-strategy$/);
    await waitFor(() =>
      expect(within(article).getByRole('status')).toHaveTextContent('Link copied'),
    );
    expect(router.state.location.hash).toBe('#runtime-strategy');
  });

  it('still navigate, silently, without the Clipboard API', async () => {
    servePost();
    const { user, router } = renderApp('/blog/hello-world/');
    Reflect.deleteProperty(navigator, 'clipboard'); // user-event's stub, see above
    expect('clipboard' in navigator).toBe(false);
    const article = await screen.findByRole('article');
    await user.click(screen.getByRole('link', { name: 'Link to section “Runtime strategy”' }));
    expect(router.state.location.hash).toBe('#runtime-strategy');
    await act(() => Promise.resolve());
    expect(within(article).getByRole('status')).toHaveTextContent('');
  });
});

describe('old anchor forms', () => {
  it('land a GitHub-style slug on the heading with the kramdown id', async () => {
    servePost();
    renderApp(
      '/blog/hello-world/#container-linux-becomes-the-enterprise-linux-container-distribution',
    );
    const heading = await screen.findByRole('heading', { level: 2, name: /^Container Linux/ });
    expect(heading).toHaveAttribute('id', KRAMDOWN_ID);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading.scrollIntoView).toHaveBeenCalled();
  });

  it('land a kramdown id on the heading with the GitHub-style id', async () => {
    servePost();
    renderApp('/blog/hello-world/#enterprisekubernetes');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: /^Enterprise Kubernetes/,
    });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('leave focus alone when no heading matches', async () => {
    servePost();
    renderApp('/blog/hello-world/#nothing-like-this');
    await screen.findByRole('article');
    expect(screen.getByRole('heading', { level: 2, name: /^Runtime strategy/ })).not.toHaveFocus();
    expect(document.activeElement).toBe(document.body);
  });
});
