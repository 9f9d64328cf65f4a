import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import type { FolioOptions } from '../../src/vite-plugin/folio-options.ts';
import { folio } from '../../src/vite-plugin/folio-plugin.ts';

/** A production build of the site at `root` (its `posts` folder) into `outDir`, quietly. */
export async function buildSite(
  root: string,
  options: FolioOptions & { outDir: string; cacheDir: string },
): Promise<void> {
  const { outDir, ...folioOptions } = options;
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [
      folio({
        posts: path.join(root, 'posts'),
        timeZone: 'UTC',
        origin: 'https://blog.example.com',
        ...folioOptions,
      }),
    ],
    build: { outDir, emptyOutDir: true },
  });
}

/** Every file under `dir` with its content, by relative path. */
export async function filesOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file, 'utf8'));
  }
  return files;
}
