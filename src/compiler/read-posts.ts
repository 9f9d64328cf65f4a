import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { decodeSource } from './source-text.ts';

/**
 * The only module of the compiler that touches the file system.
 *
 * Reads are synchronous inside async functions on purpose: a blog is thousands of small files
 * read once at start-up, and the promise API's per-file round trip through the thread pool cost
 * 12x as much here (10,000 posts: 0.84 s against 0.18 s to read, 0.22 s against 0.02 s to
 * stat, `npm run bench:dev`). Nothing else is served while the posts are being read.
 */

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
  const entries = readdirSync(dir, { withFileTypes: true });
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
  const { mtimeMs, size } = statSync(path);
  return { file: relative(process.cwd(), path) || path, mtimeMs, size };
}

/** Reads bytes and decodes them here, so every encoding question is answered in one place. */
export async function readPostFile(path: string): Promise<PostInput> {
  const file = relative(process.cwd(), path) || path;
  const { text, warnings } = decodeSource(file, readFileSync(path));
  return { file, text, warnings };
}
