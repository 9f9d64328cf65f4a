import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * Builds the script-tag embed (vite.embed.config.ts) and prints its size: raw, gzip (level 9,
 * what static hosts serve) and brotli. React is inside this file; the React package shares
 * the host's React instead.
 *
 *   npx tsx scripts/embed-size.ts
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const FILE = path.join(ROOT, 'dist-embed/folio-embed.js');

execFileSync('npx', ['vite', 'build', '-c', 'vite.embed.config.ts', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, FOLIO_EMBED_OUT: 'dist-embed' },
});
const bytes = await readFile(FILE);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes).length;
console.log(`dist-embed/folio-embed.js`);
console.log(`  raw     ${bytes.length} bytes (${kib(bytes.length)})`);
console.log(`  gzip    ${gzip} bytes (${kib(gzip)})`);
console.log(`  brotli  ${brotli} bytes (${kib(brotli)})`);
