import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { writeFreshApp } from './fresh-react-app.ts';
import { writeFixtureSite } from './package-fixtures.ts';
import { npmPack, packageImportProblems } from './package-imports.ts';
import { checkRenderedApp } from './render-package.ts';
import { serveFolder } from './static-server.ts';

/**
 * The React package, as a site gets it (part of `npm test`, 30 to 60 s on two cores):
 *  1. builds it, and checks that every import in it resolves inside the tarball or to a
 *     package its package.json declares;
 *  2. `npm pack`s it and installs the tarball into a fresh Vite React app, offline and with
 *     an empty npm cache (the app's own packages are links, fresh-react-app.ts says why);
 *  3. type-checks and builds the app, and checks that a page importing only `<FolioPost>`
 *     leaves `<FolioPosts>` out;
 *  4. serves the built app and a fixture Folio site on two origins and reads the page in
 *     Chromium (render-package.ts): post, teaser, sections, lists, themes, events.
 *
 *   npx tsx tests/embed/pack-and-install.ts [--keep]   (FOLIO_PACK_PORT: app port, and +1)
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const PACKAGE_DIR = path.join(ROOT, 'dist-embed/react');
const APP_PORT = Number(process.env.FOLIO_PACK_PORT ?? 4791);
const SITE_PORT = APP_PORT + 1;
const keep = process.argv.includes('--keep');
const started = performance.now();

const manifestSchema = v.record(
  v.string(),
  v.object({ file: v.string(), imports: v.optional(v.array(v.string()), []) }),
);

async function run(command: string, args: string[], cwd: string): Promise<string> {
  const { stdout } = await promisify(execFile)(command, args, { cwd, encoding: 'utf8' });
  return stdout;
}

function step(what: string, since: number): void {
  console.log(`${what} (${((performance.now() - since) / 1000).toFixed(1)} s)`);
}

async function main(): Promise<void> {
  let since = performance.now();
  await run('npx', ['vite', 'build', '-c', 'vite.embed.config.ts', '--mode', 'package'], ROOT);
  step('built the package', since);

  const work = await mkdtemp(path.join(tmpdir(), 'folio-embed-pack-'));
  const servers: Server[] = [];
  try {
    since = performance.now();
    const packed = npmPack(PACKAGE_DIR, work);
    const problems = await packageImportProblems(PACKAGE_DIR, packed);
    if (problems.length > 0)
      throw new Error(`the package does not stand alone:\n${problems.join('\n')}`);
    step(
      `packed ${packed.filename}: ${packed.files.length} files, ${kB(packed.size)} packed; every import resolves`,
      since,
    );

    since = performance.now();
    const app = path.join(work, 'app');
    const site = `http://127.0.0.1:${SITE_PORT}/`;
    await writeFreshApp(app, { repository: ROOT, tarball: path.join(work, packed.filename), site });
    const cache = path.join(work, 'empty-npm-cache');
    await run('npm', ['install', '--offline', '--cache', cache, '--no-audit', '--no-fund'], app);
    step('installed offline, with an empty npm cache', since);

    since = performance.now();
    await run('npx', ['tsc', '--noEmit', '-p', '.'], app);
    await run('npx', ['vite', 'build', '--logLevel', 'warn'], app);
    const postOnly = await pageScripts(path.join(app, 'dist'), 'post-only.html');
    if (!postOnly.includes('Read the full post'))
      throw new Error('<FolioPost> is not in the build');
    if (postOnly.includes('is not the address of a Folio site')) {
      throw new Error('<FolioPosts> is in the build of a page that does not import it');
    }
    step(
      `the app type-checks and builds; a page with <FolioPost> alone loads ${kB(gzipSync(postOnly).length)} of JS gzipped, React included, without <FolioPosts>`,
      since,
    );

    since = performance.now();
    const fixture = path.join(work, 'site');
    await writeFixtureSite(fixture);
    servers.push(await serveFolder(path.join(app, 'dist'), APP_PORT));
    servers.push(await serveFolder(fixture, SITE_PORT, true));
    await checkRenderedApp(`http://127.0.0.1:${APP_PORT}/`);
    step(
      'Chromium shows the posts, the teaser, the sections, both lists, themes and events',
      since,
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    if (keep) console.log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
  step('ok', started);
}

/** The JS a built page loads: its entry chunk and every chunk that imports, from the manifest. */
async function pageScripts(dist: string, page: string): Promise<string> {
  const manifest = v.parse(
    manifestSchema,
    JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8')),
  );
  const files = new Set<string>();
  const pending = [page];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) continue;
    files.add(chunk.file);
    pending.push(...chunk.imports);
  }
  const texts = await Promise.all(
    [...files].map((file) => readFile(path.join(dist, file), 'utf8')),
  );
  return texts.join('\n');
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

await main();
