import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in real Chromium, against the dev server AND `vite preview` of the
 * production build: the same specs run in both projects.
 *
 * Playwright's own browser download does not work on every machine (no internet): we drive the
 * system Chromium (Debian: `apt-get install chromium`). CHROME_PATH overrides its location.
 */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Overridable so that two checkouts (or two people) can run the suite at once.
const DEV_PORT = Number(process.env.FOLIO_E2E_DEV_PORT ?? 5183);
const PREVIEW_PORT = Number(process.env.FOLIO_E2E_PREVIEW_PORT ?? 4183);
const PREVIEW_DIR = `dist-e2e-${PREVIEW_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      // Without these, Chromium keeps trying to reach Google services on a closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'dev', use: { baseURL: `http://127.0.0.1:${DEV_PORT}` } },
    { name: 'preview', use: { baseURL: `http://127.0.0.1:${PREVIEW_PORT}` } },
  ],
  webServer: [
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx vite build --outDir ${PREVIEW_DIR} --emptyOutDir && npx vite preview --outDir ${PREVIEW_DIR} --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
