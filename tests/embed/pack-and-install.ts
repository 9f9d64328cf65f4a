import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * The React package, as a site would get it: builds it, `npm pack`s it, installs the tarball
 * into a fresh Vite React app (TypeScript) with npm from the local cache (`--offline`: no
 * network), type-checks and builds that app, and checks that the bundler kept only the
 * component the app imports. Slow (an npm install): a script, not part of `npm test`.
 *
 *   npx tsx tests/embed/pack-and-install.ts [--keep]
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const PACKAGE_DIR = path.join(ROOT, 'dist-embed/react');
const keep = process.argv.includes('--keep');

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const root: unknown = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  const versions = versionsOf(root);
  run('npx', ['vite', 'build', '-c', 'vite.embed.config.ts', '--mode', 'package'], ROOT);
  const work = await mkdtemp(path.join(tmpdir(), 'folio-embed-pack-'));
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], PACKAGE_DIR)
    .trim()
    .split('\n')
    .at(-1);
  if (tarball === undefined || tarball === '') throw new Error('npm pack wrote no tarball');
  console.log(`packed ${tarball}`);

  const app = path.join(work, 'app');
  await mkdir(path.join(app, 'src'), { recursive: true });
  await writeApp(app, versions);
  const installStarted = performance.now();
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(work, tarball)], app);
  console.log(`installed in ${seconds(installStarted)}`);
  run('npx', ['tsc', '--noEmit', '-p', '.'], app);
  console.log('the app type-checks against the package types');
  run('npx', ['vite', 'build', '--logLevel', 'warn'], app);
  const assets = path.join(app, 'dist/assets');
  const js = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const bundle = (
    await Promise.all(js.map((name) => readFile(path.join(assets, name), 'utf8')))
  ).join('');
  if (!bundle.includes('Read the full post')) throw new Error('<FolioPost> is not in the build');
  if (bundle.includes('is not the address of a Folio site')) {
    throw new Error('<FolioPosts> is in the build although the app does not import it');
  }
  console.log('the app builds with <FolioPost> and without the unused <FolioPosts>');
  if (keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
  console.log(`ok in ${seconds(started)}`);
}

/** React, Vite and TypeScript versions of this repository, for the fresh app. */
function versionsOf(json: unknown): Record<string, string> {
  const wanted = [
    'react',
    'react-dom',
    '@types/react',
    '@types/react-dom',
    'vite',
    '@vitejs/plugin-react',
    'typescript',
  ];
  const result: Record<string, string> = {};
  if (typeof json !== 'object' || json === null) return result;
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const deps: unknown = field in json ? Reflect.get(json, field) : undefined;
    if (typeof deps !== 'object' || deps === null) continue;
    for (const name of wanted) {
      const version: unknown = Reflect.get(deps, name);
      if (typeof version === 'string') result[name] = version;
    }
  }
  return result;
}

async function writeApp(app: string, versions: Record<string, string>): Promise<void> {
  const pick = (names: string[]) =>
    Object.fromEntries(names.flatMap((name) => (versions[name] ? [[name, versions[name]]] : [])));
  const files: Record<string, string> = {
    'package.json': JSON.stringify(
      {
        name: 'fresh-vite-react-app',
        private: true,
        type: 'module',
        dependencies: pick(['react', 'react-dom']),
        devDependencies: pick([
          '@types/react',
          '@types/react-dom',
          'vite',
          '@vitejs/plugin-react',
          'typescript',
        ]),
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
    'vite.config.js':
      "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\n\nexport default defineConfig({ plugins: [react()] });\n",
    'index.html':
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Marketing</title></head>\n<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
    'src/main.tsx': [
      "import { createRoot } from 'react-dom/client';",
      "import { FolioPost, type FolioViewDetail } from '@folio/embed-react';",
      '',
      'function onView(event: CustomEvent<FolioViewDetail>) {',
      '  console.log(event.detail.url, event.detail.title);',
      '}',
      '',
      "const root = document.getElementById('root');",
      'if (root) {',
      '  createRoot(root).render(',
      '    <FolioPost',
      '      src="https://blog.example.com/blog/hello/"',
      '      onView={onView}',
      '      onNavigate={(event) => event.preventDefault()}',
      '    />,',
      '  );',
      '}',
      '',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(app, name), text);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

await main();
