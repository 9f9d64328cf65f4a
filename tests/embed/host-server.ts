import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The "marketing site" of the embed e2e tests: plain pages from tests/embed/host-pages on an
 * origin of their own, every page under a strict Content-Security-Policy that allows scripts
 * and data only from the Folio sites under test, styles only from itself (no inline styles).
 * `{{CONTENT}}`, `{{CONTENT_ORIGIN}}` and `{{BASE_CONTENT}}` in the files become those sites.
 *
 *   npx tsx tests/embed/host-server.ts   (EMBED_HOST_PORT, EMBED_CONTENT, EMBED_BASE_CONTENT)
 */
const PAGES = fileURLToPath(new URL('./host-pages/', import.meta.url));
const port = Number(process.env.EMBED_HOST_PORT ?? 4684);
const content = process.env.EMBED_CONTENT ?? 'http://127.0.0.1:4683/';
const baseContent = process.env.EMBED_BASE_CONTENT ?? 'http://127.0.0.1:5683/blog/';
const folioOrigins = [new URL(content).origin, new URL(baseContent).origin].join(' ');

const csp = [
  "default-src 'none'",
  `script-src 'self' ${folioOrigins}`,
  "style-src 'self'",
  `connect-src 'self' ${folioOrigins}`,
  `img-src 'self' https: data:`,
  `frame-src ${folioOrigins} https://www.youtube-nocookie.com https://player.vimeo.com`,
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

createServer((request, response) => {
  const name = new URL(request.url ?? '/', 'http://host').pathname.replace(/^\/+/, '');
  const type = TYPES[path.extname(name)];
  if (!/^[a-z0-9-]+\.[a-z]+$/.test(name) || type === undefined) {
    response.writeHead(404).end('Not Found');
    return;
  }
  readFile(path.join(PAGES, name), 'utf8').then(
    (text) => {
      const body = text
        .replaceAll('{{CONTENT_ORIGIN}}', new URL(content).origin)
        .replaceAll('{{CONTENT}}', content)
        .replaceAll('{{BASE_CONTENT}}', baseContent);
      response.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': csp }).end(body);
    },
    () => response.writeHead(404).end('Not Found'),
  );
}).listen(port, '127.0.0.1');
