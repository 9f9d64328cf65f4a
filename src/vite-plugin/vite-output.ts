import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';

/**
 * Whether Vite would have emptied `outDir` before writing (Folio sets `emptyOutDir: false`
 * and does it itself): as configured, else when the folder is inside the project root.
 */
export function viteWouldEmpty(
  emptyOutDir: boolean | undefined,
  outDir: string,
  root: string,
): boolean {
  if (emptyOutDir !== undefined) return emptyOutDir;
  const relative = path.relative(path.resolve(root), outDir);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The files Vite copies from the public folder into the output (paths with `/`). */
export function publicFilesOf(config: ResolvedConfig): string[] {
  const { publicDir } = config;
  if (!config.build.copyPublicDir || publicDir === '' || !existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(publicDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}
