import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { SCRIPT_EMBED_FILE, scriptEmbedConfig } from '../src/vite-plugin/script-embed-build.ts';

/**
 * Builds the script-tag embed (the same build `npm run build` publishes with the site) and
 * prints its size: raw, gzip (level 9, what static hosts serve) and brotli. Fails above the
 * budget (README "Script tag"): a marketing page should not pay for a framework.
 *
 *   npx tsx scripts/embed-size.ts   (npm run size:embed)
 */
const BUDGET_GZIP = 25 * 1024;
const OUT = path.resolve(import.meta.dirname, '..', 'dist-embed');

await build(scriptEmbedConfig(OUT));
const bytes = await readFile(path.join(OUT, SCRIPT_EMBED_FILE));
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes).length;
console.log(`dist-embed/${SCRIPT_EMBED_FILE}`);
console.log(`  raw     ${bytes.length} bytes (${kib(bytes.length)})`);
console.log(`  gzip    ${gzip} bytes (${kib(gzip)}), budget ${kib(BUDGET_GZIP)}`);
console.log(`  brotli  ${brotli} bytes (${kib(brotli)})`);
if (gzip > BUDGET_GZIP) {
  console.error(`Over budget by ${gzip - BUDGET_GZIP} bytes gzipped.`);
  process.exitCode = 1;
}
