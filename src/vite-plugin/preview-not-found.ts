import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PreviewServer } from 'vite';

/**
 * `vite preview` as a static host behaves: a path with no file gets the prerendered
 * `404.html` with status 404 (Vite's own fallback would answer index.html with 200).
 * Data files too, so a missing post JSON is a real 404 as on a static host.
 */
export function serveNotFoundPage(server: PreviewServer, base: string): void {
  const outDir = path.resolve(server.config.root, server.config.build.outDir);
  server.middlewares.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const pathname = (req.url ?? '/').replace(/[?#].*$/s, '');
    let relative: string;
    try {
      relative = decodeURIComponent(
        pathname.startsWith(base) ? pathname.slice(base.length) : pathname,
      );
    } catch {
      relative = pathname;
    }
    const target = path.resolve(outDir, `.${path.posix.sep}${relative}`);
    if (!target.startsWith(outDir)) return next();
    void exists(target).then(async (found) => {
      if (found) return next();
      const page = path.join(outDir, '404.html');
      if (!(await exists(page))) return next();
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : await readFile(page));
    }, next);
  });
}

/** A file, a folder with index.html, or `name.html` would be served by the host. */
async function exists(target: string): Promise<boolean> {
  for (const candidate of [target, path.join(target, 'index.html'), `${target}.html`]) {
    try {
      if ((await stat(candidate)).isFile()) return true;
    } catch {
      // not this one
    }
  }
  return false;
}
