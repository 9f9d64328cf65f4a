import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CompileResult } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';

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
 * Entries are never partial: each is written to a temporary file and renamed into place.
 * Delete the folder to start afresh; nothing else depends on it.
 */
export interface CompileCache {
  keyOf(input: { file: string; text: string }, config: CompilerConfig): string;
  /** The stored result, or undefined when there is none (or it cannot be read). */
  get(key: string): Promise<CompileResult | undefined>;
  set(key: string, result: CompileResult): Promise<void>;
  /** Where the entry of `key` lives (workers write entries themselves). */
  fileOf(key: string): string;
}

export function createCompileCache(dir: string, compilerVersion: string): CompileCache {
  const fileOf = (key: string) => path.join(dir, 'posts', key.slice(0, 2), `${key}.json`);
  return {
    keyOf(input, config) {
      return createHash('sha256')
        .update(compilerVersion)
        .update('\0')
        .update(JSON.stringify(config))
        .update('\0')
        .update(input.file)
        .update('\0')
        .update(input.text)
        .digest('hex');
    },
    // Read synchronously: tens of thousands of small reads through libuv's four-thread pool
    // cost several times more, and wait behind whatever else uses it (clear-out-dir.ts).
    get(key) {
      return Promise.resolve(readEntry(fileOf(key)));
    },
    async set(key, result) {
      await writeEntry(fileOf(key), JSON.stringify(result));
    },
    fileOf,
  };
}

/**
 * The entry in `file`, read synchronously (render workers and the build read post bodies
 * back from the cache, see post-bodies.ts); undefined when missing or unreadable.
 */
export function readEntry(file: string): CompileResult | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseEntry(text);
}

/** Writes atomically: a reader sees the old entry, no entry, or the whole new one. */
export async function writeEntry(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/**
 * A stored entry was written by this same compiler version (the key says so), so its shape
 * is the CompileResult that was stored; the check guards against truncated or foreign files.
 */
function parseEntry(text: string): CompileResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isCompileResult(value) ? value : undefined;
}

function isCompileResult(value: unknown): value is CompileResult {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) {
    return 'post' in value && 'searchText' in value && 'warnings' in value && 'report' in value;
  }
  return value.ok === false && 'errors' in value && 'warnings' in value;
}
