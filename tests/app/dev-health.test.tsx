import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HealthPanel } from '../../src/app/dev/health-panel.tsx';
import { fakeServer } from './fake-server.ts';
import { renderWithProviders } from './render-app.tsx';

const healthUrl = '/folio-data/v1/__dev/health/blog/hello-world.json';

function renderPanel(path: string) {
  const router = createMemoryRouter([{ path: '*', Component: HealthPanel }], {
    initialEntries: [path],
  });
  renderWithProviders(<RouterProvider router={router} />);
}

describe('dev preview import report panel', () => {
  it("shows the open post's notes, folded until opened", async () => {
    fakeServer({
      [healthUrl]: {
        json: {
          mode: 'markdown',
          lines: [
            {
              label: 'unknown shortcode (brackets removed, text kept)',
              detail: '[adrotate]',
              count: 2,
              informational: false,
            },
            {
              label: 'http media upgraded to https',
              detail: 'http://old/a.png',
              count: 1,
              informational: true,
            },
          ],
        },
      },
    });
    renderPanel('/blog/hello-world');
    const summary = await screen.findByText('Import report: 1 note (markdown)');
    expect(screen.getByText('[adrotate]')).not.toBeVisible();
    await userEvent.click(summary);
    expect(screen.getByText('[adrotate]')).toBeVisible();
    expect(screen.getByText('(×2)')).toBeVisible();
  });

  it('shows nothing on a page that is no post', async () => {
    const server = fakeServer({});
    renderPanel('/page/2/');
    // The dev server has no report for that path (404): the panel stays away.
    await waitFor(() =>
      expect(server.requested).toEqual(['/folio-data/v1/__dev/health/page/2.json']),
    );
    expect(screen.queryByText(/Import report/)).not.toBeInTheDocument();
  });
});
