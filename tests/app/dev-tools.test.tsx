import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProblemsOverlay } from '../../src/app/dev/problems-overlay.tsx';
import { PostStatusBadge } from '../../src/app/views/post-status-badge.tsx';
import type { DevProblem } from '../../src/content/dev-protocol.ts';
import { fakeServer } from './fake-server.ts';
import { makeSummary } from './fixtures.ts';
import { renderWithProviders } from './render-app.tsx';

const problemsUrl = '/folio-data/v1/__dev/problems.json';

function renderOverlay() {
  const { queryClient } = renderWithProviders(<ProblemsOverlay />);
  return { queryClient };
}

const badDate: DevProblem = {
  file: 'posts/2018-01-30-x.md',
  line: 9,
  field: 'post_date',
  message: 'post_date is not a real date and time.',
  hint: 'Write the site-local time as YYYY-MM-DD HH:MM:SS.',
  severity: 'error',
};

describe('dev preview problems overlay', () => {
  it('lists every broken post with file:line, field, message and hint', async () => {
    fakeServer({
      [problemsUrl]: {
        json: {
          problems: [badDate, { ...badDate, file: 'posts/y.md', line: 1, field: 'post_title' }],
        },
      },
    });
    renderOverlay();
    const alert = await screen.findByRole('alert', { name: '2 problems in your posts' });
    expect(alert).toHaveTextContent('posts/2018-01-30-x.md:9');
    expect(alert).toHaveTextContent('post_date');
    expect(alert).toHaveTextContent('Write the site-local time as YYYY-MM-DD HH:MM:SS.');
    expect(alert).toHaveTextContent('posts/y.md:1');
  });

  it('shows nothing when every post is fine, and can be hidden', async () => {
    const server = fakeServer({ [problemsUrl]: { json: { problems: [] } } });
    const { queryClient } = renderOverlay();
    await queryClient.refetchQueries();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    server.routes[problemsUrl] = { json: { problems: [badDate] } };
    await queryClient.refetchQueries();
    const alert = await screen.findByRole('alert', { name: '1 problem in your posts' });
    await userEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(alert).not.toBeInTheDocument();
  });
});

describe('post status badge', () => {
  const now = Date.parse('2020-01-01T00:00:00Z');
  it.each([
    [makeSummary({ draft: true }), 'Draft'],
    [makeSummary({ date: '2030-01-01T00:00:00+00:00' }), 'Scheduled'],
  ])('labels unpublished posts', (post, label) => {
    renderWithProviders(<PostStatusBadge post={post} now={now} />);
    expect(screen.getByText(label)).toBeVisible();
  });

  it('labels nothing for a published post dated in the past', () => {
    const { container } = renderWithProviders(<PostStatusBadge post={makeSummary()} now={now} />);
    expect(container).toBeEmptyDOMElement();
  });
});
