import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CompileInput, CompileResult } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import type { Post } from '../content/post-schema.ts';

/**
 * Compiled posts on disk, addressed by a hash of everything that decides the result: the
 * file's name and text, the compiler config, and the compiler's own version (a fingerprint
 * of its source, see compiler-fingerprint.ts). An unchanged post is never compiled twice,
 * by the build or by the dev server; a changed compiler misses every entry by itself.
 *
 *   const cache = createCompileCache('node_modules/.folio-cache', fingerprint);
 *   const key = cache.keyOf(input, config);
 *   const result = (await cache.get(key)) ?? (await compileAndStore(key));
 *
 * An entry is two files: the result without the post's body (`leanResult`), which a big
 * build reads for every post, and beside it the body (sections and search text), read only
 * by what writes the post (post-bodies.ts). Files are never partial: each is written to a
 * temporary file and renamed into place, the body first. Delete the folder to start afresh;
 * nothing else depends on it.
 */
export interface CompileCache {
  keyOf(input: CompileInput, config: CompilerConfig): string;
  /** The stored result, or undefined when there is none (or it cannot be read). */
  get(key: string): Promise<CompileResult | undefined>;
  /** The stored result without its body (`leanResult`), which stays on disk. */
  getLean(key: string): Promise<CompileResult | undefined>;
  set(key: string, result: CompileResult): Promise<void>;
  /** Where the entry of `key` lives (workers write entries themselves). */
  fileOf(key: string): string;
}

/** The entries' layout: a new one starts an empty folder rather than misread the old. */
const LAYOUT = 'v2';

export function createCompileCache(dir: string, compilerVersion: string): CompileCache {
  const fileOf = (key: string) => path.join(dir, LAYOUT, key.slice(0, 2), `${key}.json`);
  return {
    keyOf(input, config) {
      return (
        createHash('sha256')
          .update(compilerVersion)
          .update('\0')
          .update(JSON.stringify(config))
          .update('\0')
          .update(input.file)
          .update('\0')
          .update(input.text)
          .update('\0')
          // What decoding found is in the result, and one text may come from different bytes
          // (UTF-16 without a byte-order mark, then saved again as UTF-8).
          .update(JSON.stringify(input.warnings ?? []))
          .digest('hex')
      );
    },
    // Read synchronously: tens of thousands of small reads through libuv's four-thread pool
    // cost several times more, and wait behind whatever else uses it (the cache's own writes,
    // for one).
    get(key) {
      return Promise.resolve(readEntry(fileOf(key)));
    },
    getLean(key) {
      return Promise.resolve(readLeanEntry(fileOf(key)));
    },
    async set(key, result) {
      await storeEntry(fileOf(key), result);
    },
    fileOf,
  };
}

/** What a lean result leaves out: the post's sections and its search text. */
interface PostBody {
  sections: Post['sections'];
  searchText: string;
}

/** `result` without the post's body: what a big build holds of every post. */
export function leanResult(result: CompileResult): CompileResult {
  if (!result.ok) return result;
  return { ...result, post: { ...result.post, sections: [] }, searchText: '' };
}

/** Stores `result` as the entry `file`: its body beside it first, then the lean result. */
export async function storeEntry(file: string, result: CompileResult): Promise<void> {
  if (result.ok) {
    const body: PostBody = { sections: result.post.sections, searchText: result.searchText };
    await writeEntry(bodyFile(file), JSON.stringify(body));
  }
  await writeEntry(file, JSON.stringify(leanResult(result)));
}

/** The whole result stored as `file`; undefined when missing or unreadable. */
function readEntry(file: string): CompileResult | undefined {
  const lean = readLeanEntry(file);
  if (lean?.ok !== true) return lean;
  const body = readBody(file);
  if (body === undefined) return undefined;
  return { ...lean, post: { ...lean.post, sections: body.sections }, searchText: body.searchText };
}

/**
 * The lean result stored as `file`; undefined when missing or unreadable, or when its body
 * is gone (then the post is compiled again, rather than found missing when it is written).
 */
function readLeanEntry(file: string): CompileResult | undefined {
  const value = readJson(file);
  if (!isCompileResult(value)) return undefined;
  return !value.ok || existsSync(bodyFile(file)) ? value : undefined;
}

/**
 * The body of the entry `file`, read synchronously (render workers and the build read post
 * bodies back from the cache, see post-bodies.ts); undefined when missing or unreadable.
 */
export function readBody(file: string): PostBody | undefined {
  const value = readJson(bodyFile(file));
  return isPostBody(value) ? value : undefined;
}

/** Written with its lean result by this same compiler version: the check guards the file. */
function isPostBody(value: unknown): value is PostBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'sections' in value &&
    Array.isArray(value.sections) &&
    'searchText' in value &&
    typeof value.searchText === 'string'
  );
}

function bodyFile(file: string): string {
  return file.replace(/\.json$/, '.body.json');
}

/** A cache file's JSON; undefined when it is missing or unreadable (then make it again). */
export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Folders this thread has made: a cold build writes 20,000 entries into 256 of them. */
const madeFolders = new Set<string>();

/** Writes atomically: a reader sees the old entry, no entry, or the whole new one. */
export async function writeEntry(file: string, text: string): Promise<void> {
  const folder = path.dirname(file);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  if (!madeFolders.has(folder)) await mkdir(folder, { recursive: true });
  try {
    await writeFile(temporary, text);
  } catch (error) {
    // The folder was deleted since (someone cleared the cache while a dev server runs).
    if (!isMissing(error)) throw error;
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, text);
  }
  madeFolders.add(folder);
  await rename(temporary, file);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/**
 * A stored entry was written by this same compiler version (the key says so), so its shape
 * is the CompileResult that was stored; the check guards against truncated or foreign files.
 */
function isCompileResult(value: unknown): value is CompileResult {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) {
    return 'post' in value && 'searchText' in value && 'warnings' in value && 'report' in value;
  }
  return value.ok === false && 'errors' in value && 'warnings' in value;
}
