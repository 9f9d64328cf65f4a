import { execFileSync } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { scriptEmbedConfig } from './src/vite-plugin/script-embed-build.ts';

/**
 * The embeds (README "Embedding"), in Vite library mode:
 *
 *   vite build -c vite.embed.config.ts                 → dist-embed/folio-embed.js: one ES
 *     module for a script tag, defining <folio-post> and <folio-posts>, without React (the
 *     site build publishes the same file itself: src/vite-plugin/script-embed-build.ts);
 *   vite build -c vite.embed.config.ts --mode package  → dist-embed/react/: the React
 *     package (<FolioPost>, <FolioPosts>, types), React left to the host; `npm pack` it there.
 *
 * FOLIO_EMBED_OUT moves the script build.
 */
export default defineConfig(({ mode }) => (mode === 'package' ? reactPackage() : scriptTag()));

function scriptTag() {
  return scriptEmbedConfig(process.env.FOLIO_EMBED_OUT ?? 'dist-embed');
}

const PACKAGE_DIR = 'dist-embed/react';
const EXTERNAL = /^(react|react-dom|@tanstack\/react-query|valibot)(\/|$)/;

function reactPackage() {
  return {
    plugins: [react(), packageFiles()],
    build: {
      outDir: PACKAGE_DIR,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      lib: { entry: 'src/embed/react-entry.ts', formats: ['es' as const] },
      rolldownOptions: {
        external: (id: string) => EXTERNAL.test(id),
        // One module per source file: a bundler keeps only the components a site imports.
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

/** Types (tsc, with `.js` import paths) and package.json next to the built modules. */
function packageFiles(): Plugin {
  return {
    name: 'folio:embed-package-files',
    apply: 'build',
    async closeBundle() {
      execFileSync('npx', ['tsc', '-p', 'src/embed/package/tsconfig.json'], { stdio: 'inherit' });
      for (const file of await listFiles(path.join(PACKAGE_DIR, 'types'))) {
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replace(/(from '\.{1,2}\/[^']*)\.tsx?'/g, "$1.js'"));
      }
      await copyFile('src/embed/package/package.json', path.join(PACKAGE_DIR, 'package.json'));
    },
  };
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
