import { expect, test } from '@playwright/test';

/**
 * The production build of tests/e2e/fixtures/preview-posts (the `live-build` project) leaves
 * out the draft and the future-dated post: no page, no index entry.
 */
test('drafts and scheduled posts are absent from the production build', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: 'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'A draft in progress' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'A scheduled post' })).toHaveCount(0);

  // Preview-only tools never reach a production page.
  await page.goto('/blog/amazon-elb-bug/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Import report: /)).toHaveCount(0);

  for (const path of ['/blog/a-draft-in-progress/', '/blog/a-scheduled-post/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
  }
});
