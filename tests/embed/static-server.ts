import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * A folder over HTTP on 127.0.0.1, for the package test: `/` and `/x/` serve `index.html`,
 * the rest is files as they are. `cors` adds `Access-Control-Allow-Origin: *`, as a Folio
 * site's `_headers` does for its data files. Resolves once listening.
 */
export async function serveFolder(folder: string, port: number, cors = false): Promise<Server> {
  const root = path.resolve(folder);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        };
        if (cors) headers['Access-Control-Allow-Origin'] = '*';
        response.writeHead(200, headers).end(body);
      },
      () => response.writeHead(404, cors ? { 'Access-Control-Allow-Origin': '*' } : {}).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
