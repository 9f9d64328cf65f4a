import { existsSync, watch } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { formatDiagnostic, type Diagnostic } from '../compiler/diagnostic.ts';
import { DATA_DIR } from '../content/data-paths.ts';
import {
  DATA_CHANGED_EVENT,
  DEV_PROBLEMS_FILE,
  type DevProblems,
} from '../content/dev-protocol.ts';
import type { PostStore } from '../builder/post-store.ts';
import { devSearchFiles } from '../builder/search-index-file.ts';
import { SEARCH_DIR } from '../content/search-paths.ts';

/** How long a file must stay unchanged before it is recompiled. */
const SETTLE_MS = 40;

/**
 * Dev server: serves the compiled JSON from memory under `<base>folio-data/v1/`, and recompiles
 * a post when its file is saved, added or deleted, then tells the page to refetch.
 * A broken post never stops the server: its problems are printed in the terminal and shown in
 * the page (it refetches DEV_PROBLEMS_FILE on every change), the last good version keeps being
 * served, and the next good save clears them.
 */
export function attachDevServer(
  server: ViteDevServer,
  store: PostStore,
  options: { postsDir: string; base: string },
): void {
  const logger = server.config.logger;
  const report = (diagnostics: Diagnostic[]) => {
    for (const d of diagnostics) {
      const line = `[folio] ${formatDiagnostic(d)}`;
      if (d.severity === 'error') logger.error(line, { timestamp: true });
      else logger.warn(line, { timestamp: true });
    }
  };
  const problems = (): DevProblems => ({
    problems: store.diagnostics().filter((d) => d.severity === 'error'),
  });
  const ready = store.loadAll().then(() => report(store.diagnostics()));
  // Built on the first search (compiling every post not compiled yet), then kept until a post
  // changes: typing a query never re-indexes the blog.
  let searchFiles: Promise<Map<string, string>> | undefined;
  const searchFile = async (name: string) =>
    (await (searchFiles ??= devSearchFiles(store))).get(name);

  server.middlewares.use((req, res, next) => {
    const fileName = dataFileName(req.url ?? '', options.base);
    if (fileName === undefined) return next();
    ready.then(
      async () => {
        const body =
          fileName === DEV_PROBLEMS_FILE
            ? JSON.stringify(problems())
            : fileName.startsWith(SEARCH_DIR)
              ? await searchFile(fileName)
              : await store.dataFile(fileName);
        res.statusCode = body === undefined ? 404 : 200;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body ?? JSON.stringify({ error: 'not found' }));
      },
      (error: unknown) => next(error),
    );
  });

  const postsRoot = path.resolve(options.postsDir);
  const relative = (file: string) => path.relative(process.cwd(), file);
  const changed = () => {
    searchFiles = undefined;
    server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: {} });
  };

  // Editors save in bursts (truncate, then write; or write a temp file and rename): wait for
  // the burst to settle, so a half-written file never shows up as "empty". Then the file is
  // there (added or changed: recompile it) or gone (deleted or renamed away: forget it).
  const settling = new Map<string, ReturnType<typeof setTimeout>>();
  const settle = (file: string) => {
    clearTimeout(settling.get(file));
    settling.set(
      file,
      setTimeout(() => {
        settling.delete(file);
        if (!existsSync(file)) {
          void ready.then(() => {
            store.remove(relative(file));
            changed();
          });
          return;
        }
        void ready
          .then(() => store.update(relative(file)))
          .then(report, (error: unknown) =>
            logger.error(`[folio] ${relative(file)}: ${String(error)}`),
          )
          .then(changed);
      }, SETTLE_MS),
    );
  };
  // The posts folder is flat, so the platform's own watcher on it is enough. Vite's chokidar
  // would stat every file of a big blog at start-up (about a second of the 10,000-post cold
  // start, `npm run bench:dev`).
  const watcher = watch(postsRoot, (_event, name) => {
    if (name !== null && /\.(md|markdown)$/i.test(name)) settle(path.join(postsRoot, name));
  });
  watcher.on('error', (error) => logger.error(`[folio] watching ${postsRoot}: ${String(error)}`));
  server.httpServer?.once('close', () => watcher.close());
}

/** `/blog/folio-data/v1/posts/a.json?t=1` → `folio-data/v1/posts/a.json`, or undefined for other URLs. */
function dataFileName(url: string, base: string): string | undefined {
  const pathname = url.replace(/[?#].*$/s, '');
  const prefix = `${base}${DATA_DIR}/`;
  // Vite may or may not have stripped the base before our middleware runs.
  const start = [prefix, `/${DATA_DIR}/`].find((candidate) => pathname.startsWith(candidate));
  if (start === undefined) return undefined;
  try {
    return `${DATA_DIR}/${decodeURIComponent(pathname.slice(start.length))}`;
  } catch {
    return undefined; // a malformed escape names no file: let it 404 as a page
  }
}
