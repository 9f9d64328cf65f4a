import { execFileSync } from 'node:child_process';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { reachableFiles } from './src/embed/package/package-modules.ts';
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
// The host's, as peer dependencies: one React per page (hooks break with two).
const PEERS = /^(react|react-dom)(\/|$)/;

/**
 * Everything else the components import is inside the package: the app's own modules, and
 * react-query, valibot and react-router (whose Link the byline imports but an embed never
 * renders), in `vendor/`. So the package needs no registry once packed, and a host on
 * another major version of react-query or react-router installs it without a conflict; the
 * price is a second react-query (about 12 kB gzipped) in a host that has its own.
 * `tests/embed/package-imports.ts` checks, after the build, that nothing points elsewhere.
 */
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
        external: (id: string) => PEERS.test(id),
        // One module per source file: a bundler keeps only the components a site imports.
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: vendorFileName,
        },
      },
    },
  };
}

/**
 * `[name].js`, with the bundled libraries under `vendor/`: `npm pack` never packs a folder
 * named node_modules, where preserveModules would put them.
 */
function vendorFileName(chunk: { name: string }): string {
  return `${chunk.name.replace(/^(?:.*\/)?node_modules\//, 'vendor/')}.js`;
}

/**
 * Types (tsc, with `.js` import paths) and package.json next to the built modules. tsc
 * declares every module the components import; only those the public types reach are kept,
 * so no declaration names a library the package bundles rather than declares.
 */
function packageFiles(): Plugin {
  return {
    name: 'folio:embed-package-files',
    apply: 'build',
    async closeBundle() {
      execFileSync('npx', ['tsc', '-p', 'src/embed/package/tsconfig.json'], { stdio: 'inherit' });
      const types = path.join(PACKAGE_DIR, 'types');
      for (const file of await listFiles(types)) {
        const text = await readFile(file, 'utf8');
        await writeFile(
          file,
          text.replace(/((?:from |import\()'\.{1,2}\/[^']*)\.tsx?'/g, "$1.js'"),
        );
      }
      const kept = await reachableFiles(path.join(types, 'embed/react-entry.d.ts'));
      for (const file of await listFiles(types)) {
        if (!kept.has(path.resolve(file))) await rm(file);
      }
      await removeEmptyFolders(types);
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

async function removeEmptyFolders(folder: string): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const child = path.join(folder, entry.name);
    await removeEmptyFolders(child);
    if ((await readdir(child)).length === 0) await rm(child, { recursive: true });
  }
}
