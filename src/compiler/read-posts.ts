import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { decodeSource } from './source-text.ts';

/** The only module of the compiler that touches the file system. */

/** A post file as compilePost takes it: decoded text, plus what decoding found. */
export interface PostInput {
  /** Path relative to the working directory, as diagnostics show it. */
  file: string;
  text: string;
  /** Encoding warnings (invalid UTF-8 lines, UTF-16 without a byte-order mark). */
  warnings: Diagnostic[];
}

const POST_FILE = /\.(?:md|markdown)$/i;

/**
 * Every `*.md` / `*.markdown` directly in `dir` (not in subfolders such as `_pages`), sorted
 * by name; `file` is the path relative to the working directory, as diagnostics show it.
 */
export async function readPostFiles(dir: string): Promise<PostInput[]> {
  return Promise.all((await postFileNames(dir)).map((name) => readPostFile(join(dir, name))));
}

async function postFileNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && POST_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A post file's name and what tells whether it changed, without reading it. */
export interface PostFileStamp {
  /** Path relative to the working directory, as diagnostics show it. */
  file: string;
  mtimeMs: number;
  size: number;
}

/** The post files of `dir` (as readPostFiles lists them) with their modification stamps. */
export async function stampPostFiles(dir: string): Promise<PostFileStamp[]> {
  return Promise.all((await postFileNames(dir)).map((name) => stampPostFile(join(dir, name))));
}

export async function stampPostFile(path: string): Promise<PostFileStamp> {
  const { mtimeMs, size } = await stat(path);
  return { file: relative(process.cwd(), path) || path, mtimeMs, size };
}

/** Reads bytes and decodes them here, so every encoding question is answered in one place. */
export async function readPostFile(path: string): Promise<PostInput> {
  const file = relative(process.cwd(), path) || path;
  const { text, warnings } = decodeSource(file, await readFile(path));
  return { file, text, warnings };
}
