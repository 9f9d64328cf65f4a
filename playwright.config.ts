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
// The hostile posts (tests/security/hostile-posts) get their own dev server and preview build,
// because FOLIO_POSTS is read when a server starts. FOLIO_E2E_SUITE=main or =hostile starts
// only one suite's servers and projects (default: both).
const HOSTILE_DEV_PORT = Number(process.env.FOLIO_E2E_HOSTILE_DEV_PORT ?? 5383);
const HOSTILE_PREVIEW_PORT = Number(process.env.FOLIO_E2E_HOSTILE_PREVIEW_PORT ?? 4383);
const HOSTILE_PREVIEW_DIR = `dist-e2e-${HOSTILE_PREVIEW_PORT}`;
const HOSTILE_POSTS = 'tests/security/hostile-posts';
const HOSTILE_SPECS = /hostile-[^/]*\.spec\.ts$/;
// The hostile specs add a CSP header by fulfilling HTML requests themselves; Chromium then
// cannot tell the document is local and blocks the dev server's own HMR websocket.
const hostileLaunchOptions = {
  executablePath,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=LocalNetworkAccessChecks',
  ],
};
// Authors' preview: a dev server on a scratch copy of tests/e2e/fixtures/preview-posts (the
// specs edit its files), and a production build of the same posts (drafts must be absent).
const LIVE_DEV_PORT = Number(process.env.FOLIO_E2E_LIVE_DEV_PORT ?? 5583);
const LIVE_PREVIEW_PORT = Number(process.env.FOLIO_E2E_LIVE_PREVIEW_PORT ?? 4583);
const LIVE_PREVIEW_DIR = `dist-e2e-${LIVE_PREVIEW_PORT}`;
const LIVE_FIXTURE = 'tests/e2e/fixtures/preview-posts';
const LIVE_POSTS = '.e2e-live-posts';
const LIVE_DEV_SPECS = /live-preview\.spec\.ts$/;
const LIVE_BUILD_SPECS = /drafts-in-build\.spec\.ts$/;

// Embeds (tests/e2e/embed-*.spec.ts): a production build (which publishes the embed script
// with the site), the same under the base path /blog/, and a plain host page on another origin
// (another port) with aggressive CSS and a strict CSP (tests/embed/host-server.ts).
const EMBED_PORT = Number(process.env.FOLIO_E2E_EMBED_PORT ?? 4683);
const EMBED_BASE_PORT = Number(process.env.FOLIO_E2E_EMBED_BASE_PORT ?? 5683);
const EMBED_HOST_PORT = Number(process.env.FOLIO_E2E_EMBED_HOST_PORT ?? 4684);
const EMBED_DIR = `dist-e2e-${EMBED_PORT}`;
const EMBED_BASE_DIR = `dist-e2e-${EMBED_BASE_PORT}`;
const EMBED_SPECS = /embed-[^/]*\.spec\.ts$/;

// FOLIO_E2E_SUITE=main, hostile, live or embed starts only that suite's servers (default: all).
const SUITE = process.env.FOLIO_E2E_SUITE ?? 'all';
const runMain = SUITE === 'all' || SUITE === 'main';
const runHostile = SUITE === 'all' || SUITE === 'hostile';
const runLive = SUITE === 'all' || SUITE === 'live';
const runEmbed = SUITE === 'all' || SUITE === 'embed';

/** The environment of this process plus some variables (webServer.env replaces it otherwise). */
function withEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, ...extra };
}

const mainServers = [
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
];

const hostileServers = [
  {
    command: `npx vite --host 127.0.0.1 --port ${HOSTILE_DEV_PORT} --strictPort`,
    url: `http://127.0.0.1:${HOSTILE_DEV_PORT}/`,
    env: withEnv({ FOLIO_POSTS: HOSTILE_POSTS }),
    reuseExistingServer: false,
    timeout: 120_000,
  },
  {
    command: `npx vite build --outDir ${HOSTILE_PREVIEW_DIR} --emptyOutDir && npx vite preview --outDir ${HOSTILE_PREVIEW_DIR} --host 127.0.0.1 --port ${HOSTILE_PREVIEW_PORT} --strictPort`,
    url: `http://127.0.0.1:${HOSTILE_PREVIEW_PORT}/`,
    env: withEnv({ FOLIO_POSTS: HOSTILE_POSTS }),
    reuseExistingServer: false,
    timeout: 180_000,
  },
];

const liveServers = [
  {
    command: `rm -rf ${LIVE_POSTS} && cp -r ${LIVE_FIXTURE} ${LIVE_POSTS} && npx vite --host 127.0.0.1 --port ${LIVE_DEV_PORT} --strictPort`,
    url: `http://127.0.0.1:${LIVE_DEV_PORT}/`,
    env: withEnv({ FOLIO_POSTS: LIVE_POSTS }),
    reuseExistingServer: false,
    timeout: 120_000,
  },
  {
    command: `npx vite build --outDir ${LIVE_PREVIEW_DIR} --emptyOutDir && npx vite preview --outDir ${LIVE_PREVIEW_DIR} --host 127.0.0.1 --port ${LIVE_PREVIEW_PORT} --strictPort`,
    url: `http://127.0.0.1:${LIVE_PREVIEW_PORT}/`,
    env: withEnv({ FOLIO_POSTS: LIVE_FIXTURE }),
    reuseExistingServer: false,
    timeout: 180_000,
  },
];
const embedServers = [
  {
    command: `npx vite build --outDir ${EMBED_DIR} --emptyOutDir && npx vite preview --outDir ${EMBED_DIR} --host 127.0.0.1 --port ${EMBED_PORT} --strictPort`,
    url: `http://127.0.0.1:${EMBED_PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
  {
    command: `npx vite build --outDir ${EMBED_BASE_DIR} --emptyOutDir && npx vite preview --outDir ${EMBED_BASE_DIR} --host 127.0.0.1 --port ${EMBED_BASE_PORT} --strictPort`,
    url: `http://127.0.0.1:${EMBED_BASE_PORT}/blog/`,
    env: withEnv({ FOLIO_BASE: '/blog/' }),
    reuseExistingServer: false,
    timeout: 180_000,
  },
  {
    command: 'npx tsx tests/embed/host-server.ts',
    url: `http://127.0.0.1:${EMBED_HOST_PORT}/post.html`,
    env: withEnv({
      EMBED_HOST_PORT: String(EMBED_HOST_PORT),
      EMBED_CONTENT: `http://127.0.0.1:${EMBED_PORT}/`,
      EMBED_BASE_CONTENT: `http://127.0.0.1:${EMBED_BASE_PORT}/blog/`,
    }),
    reuseExistingServer: false,
    timeout: 30_000,
  },
];
const ownServerSpecs = [HOSTILE_SPECS, LIVE_DEV_SPECS, LIVE_BUILD_SPECS, EMBED_SPECS];

export default defineConfig({
  testDir: 'tests/e2e',
  // Per port, so two runs at once (two checkouts, or helpers) never share traces.
  outputDir: `test-results/${DEV_PORT}`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  // A dev server compiles each post when it is first opened, and a fresh checkout (CI) has an
  // empty compile cache: with two workers and the servers' builds on two cores, a first page
  // can take more than Playwright's default 5 s. Passing checks do not wait any longer.
  expect: { timeout: 15_000 },
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
    ...(runMain
      ? [
          {
            name: 'dev',
            testIgnore: ownServerSpecs,
            use: { baseURL: `http://127.0.0.1:${DEV_PORT}` },
          },
          {
            name: 'preview',
            testIgnore: ownServerSpecs,
            use: { baseURL: `http://127.0.0.1:${PREVIEW_PORT}` },
          },
        ]
      : []),
    // The hostile-post specs read the CSP mode from the project name: the dev server injects
    // inline scripts for HMR, so its CSP is report-only; the production preview enforces it.
    ...(runHostile
      ? [
          {
            name: 'hostile-dev',
            testMatch: HOSTILE_SPECS,
            use: {
              baseURL: `http://127.0.0.1:${HOSTILE_DEV_PORT}`,
              launchOptions: hostileLaunchOptions,
            },
          },
          {
            name: 'hostile-preview',
            testMatch: HOSTILE_SPECS,
            use: {
              baseURL: `http://127.0.0.1:${HOSTILE_PREVIEW_PORT}`,
              launchOptions: hostileLaunchOptions,
            },
          },
        ]
      : []),
    ...(runLive
      ? [
          {
            name: 'live-dev',
            testMatch: LIVE_DEV_SPECS,
            use: { baseURL: `http://127.0.0.1:${LIVE_DEV_PORT}` },
          },
          {
            name: 'live-build',
            testMatch: LIVE_BUILD_SPECS,
            use: { baseURL: `http://127.0.0.1:${LIVE_PREVIEW_PORT}` },
          },
        ]
      : []),
    // The host page's origin is the base URL; the Folio sites are other origins.
    ...(runEmbed
      ? [
          {
            name: 'embed',
            testMatch: EMBED_SPECS,
            use: { baseURL: `http://127.0.0.1:${EMBED_HOST_PORT}` },
          },
        ]
      : []),
  ],
  webServer: [
    ...(runEmbed ? embedServers : []),
    ...(runMain ? mainServers : []),
    ...(runHostile ? hostileServers : []),
    ...(runLive ? liveServers : []),
  ],
});
