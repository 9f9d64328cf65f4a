/**
 * One production build for scripts/bench-scale.ts, in its own process so that its time and
 * peak memory are measured alone: FOLIO_POSTS, FOLIO_BENCH_OUT (output folder) and
 * FOLIO_BENCH_CACHE (compile cache folder) choose the inputs.
 */
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { build } from 'vite';
import { folio } from '../src/vite-plugin/folio-plugin.ts';

const root = path.resolve(import.meta.dirname, '..');
await build({
  root,
  configFile: false,
  logLevel: 'info',
  plugins: [
    react(),
    folio({
      posts: process.env.FOLIO_POSTS,
      origin: 'https://blog.example.com',
      timeZone: 'UTC',
      cacheDir: process.env.FOLIO_BENCH_CACHE,
    }),
  ],
  build: { outDir: process.env.FOLIO_BENCH_OUT ?? 'dist-bench', emptyOutDir: true },
});
