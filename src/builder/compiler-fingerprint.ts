import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT_ROOT = path.dirname(SOURCE_ROOT);

/**
 * The compiler's version for the compile cache: a hash of every source file of the compiler
 * and the JSON contract, plus the locked versions of its dependencies. Any change to how a
 * post compiles changes it, without anyone remembering to bump a number.
 */
export function compilerFingerprint(): Promise<string> {
  return sourceFingerprint(['compiler', 'content']);
}

/**
 * The version of everything that writes a built site's files, for the output manifest
 * (output-manifest.ts): the compiler, the contract, the build room and the Vite plugin (page
 * files, feeds, templates). The app itself is covered by its built bundle's own hash.
 */
export function writerFingerprint(): Promise<string> {
  return sourceFingerprint(['compiler', 'content', 'builder', 'vite-plugin']);
}

async function sourceFingerprint(folders: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const root = path.join(SOURCE_ROOT, folder);
    const files = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(tsx?|js)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      hash.update(path.relative(SOURCE_ROOT, file)).update('\0');
      hash.update(await readFile(file)).update('\0');
    }
  }
  try {
    hash.update(await readFile(path.join(PROJECT_ROOT, 'package-lock.json')));
  } catch {
    // No lockfile (a copied checkout): the sources alone still version the compiler.
  }
  return hash.digest('hex');
}
