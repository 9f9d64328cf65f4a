import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The fresh app's own packages: linked from this repository's node_modules (see below). */
const DEPENDENCIES = ['react', 'react-dom'];
const DEV_DEPENDENCIES = [
  '@types/react',
  '@types/react-dom',
  '@vitejs/plugin-react',
  'typescript',
  'vite',
];

/**
 * A fresh Vite + React + TypeScript app that uses the package from its tarball, for
 * pack-and-install.ts. Its own packages are `file:` links to this repository's
 * node_modules: npm installs those and the tarball without a registry or a cache, so the
 * test runs offline on any machine where `npm ci` ran (a fresh CI cache holds tarballs but
 * no package metadata, so `npm install --offline react@^19` would fail there).
 *
 * Two pages: `index.html` shows both components with every option (the page the browser
 * checks), `post-only.html` imports `<FolioPost>` alone (the build must leave out the rest).
 * `site` is the Folio site the components read, on another origin.
 */
export async function writeFreshApp(
  app: string,
  options: { repository: string; tarball: string; site: string },
): Promise<void> {
  const link = (names: string[]) =>
    Object.fromEntries(
      names.map((name) => [name, `file:${path.join(options.repository, 'node_modules', name)}`]),
    );
  const files: Record<string, string> = {
    'package.json': JSON.stringify(
      {
        name: 'fresh-vite-react-app',
        private: true,
        type: 'module',
        dependencies: {
          ...link(DEPENDENCIES),
          '@folio/embed-react': `file:${options.tarball}`,
        },
        devDependencies: link(DEV_DEPENDENCIES),
      },
      null,
      2,
    ),
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
    'vite.config.js': [
      "import { defineConfig } from 'vite';",
      "import react from '@vitejs/plugin-react';",
      '',
      'export default defineConfig({',
      '  plugins: [react()],',
      "  build: { manifest: true, rollupOptions: { input: ['index.html', 'post-only.html'] } },",
      '});',
      '',
    ].join('\n'),
    'index.html': page('Marketing', '/src/main.tsx'),
    'post-only.html': page('One post', '/src/post-only.tsx'),
    // The host's own CSS, as aggressive as a real site's: none of it may reach the embeds.
    'src/host.css':
      'h1, h2, p, a, li { color: rgb(255, 0, 0) !important; font-family: monospace; }\n',
    'src/main.tsx': `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FolioPost, FolioPosts, type FolioViewDetail } from '@folio/embed-react';
import './host.css';

const SITE = ${JSON.stringify(options.site)};

function App() {
  const [views, setViews] = useState<string[]>([]);
  const onView = (event: CustomEvent<FolioViewDetail>) => {
    const { kind, title } = event.detail;
    setViews((seen) => [...seen, \`\${kind}: \${title}\`]);
  };
  return (
    <main>
      <h1>Marketing</h1>
      <section aria-label="Full post">
        <FolioPost
          src={\`\${SITE}blog/hello-world/\`}
          view="full"
          theme="dark"
          locale="en-GB"
          timeZone="UTC"
          onView={onView}
          onNavigate={(event) => event.preventDefault()}
        />
      </section>
      <section aria-label="Teaser">
        <FolioPost src={\`\${SITE}blog/second-post/\`} base="/" view="teaser" theme="light" />
      </section>
      <section aria-label="Two sections">
        <FolioPost src={\`\${SITE}blog/hello-world/\`} sections={2} className="news" />
      </section>
      <section aria-label="Latest posts">
        <FolioPosts src={SITE} limit={2} onView={onView} />
      </section>
      <section aria-label="Compact list">
        <FolioPosts src={SITE} limit={1} view="compact" theme="auto" />
      </section>
      <ul aria-label="Views">
        {views.map((view, at) => (
          <li key={at}>{view}</li>
        ))}
      </ul>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
`,
    'src/post-only.tsx': `import { createRoot } from 'react-dom/client';
import { FolioPost } from '@folio/embed-react';

const root = document.getElementById('root');
if (root) createRoot(root).render(<FolioPost src=${JSON.stringify(`${options.site}blog/hello-world/`)} />);
`,
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(app, name)), { recursive: true });
    await writeFile(path.join(app, name), text);
  }
}

function page(title: string, script: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body><div id="root"></div><script type="module" src="${script}"></script></body></html>
`;
}
