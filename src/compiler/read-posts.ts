import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The only module of the compiler that touches the file system. */

const POST_FILE = /\.(?:md|markdown)$/i;

/**
 * Every `*.md` / `*.markdown` directly in `dir` (not in subfolders such as `_pages`), sorted
 * by name; `file` is the path relative to the working directory, as diagnostics show it.
 */
export async function readPostFiles(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && POST_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(names.map((name) => readPostFile(join(dir, name))));
}

export async function readPostFile(path: string): Promise<{ file: string; text: string }> {
  const text = await readFile(path, 'utf8');
  return { file: relative(process.cwd(), path) || path, text };
}
