import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashOf } from './output-manifest.ts';

/** Writes the files of a built site into one folder, and never outside it. */
export interface SiteWriter {
  /** Writes `content` to `name`, a path relative to the output folder. */
  write(name: string, content: string): Promise<void>;
  /**
   * Keeps `name` as the last build wrote it, if it did, it is still there and nothing this
   * build wrote (`dirty`) overwrote it: true, and it counts as written with its old hash.
   * False otherwise: write it. For files named by a key of their inputs (the search index's), so
   * that they are not made only to be compared.
   */
  keep(name: string): boolean;
  /** Content hashes of the files written or kept, by name (the next build's `previous`). */
  readonly hashes: Map<string, string>;
  /** Files actually written (not kept). */
  readonly count: number;
}

/**
 * `previous`: the hashes the last build recorded (output-manifest.ts). With it, a file whose
 * content hashes the same, and which is still there, is kept as it is rather than written
 * again, except `dirty` ones, which something else (Vite's bundle, the public folder) has
 * just overwritten. Without it (page jobs, which are skipped whole by their key), every
 * file is written and nothing is hashed.
 */
export function createSiteWriter(
  outDir: string,
  options: {
    previous?: Readonly<Record<string, string>>;
    dirty?: ReadonlySet<string>;
    /** Whether `name` is in the output folder (default: asks the file system). */
    exists?: (name: string) => boolean;
  } = {},
): SiteWriter {
  const root = path.resolve(outDir);
  const exists = options.exists ?? ((name: string) => existsSync(path.resolve(root, name)));
  // Folders already made: thousands of pages share a few parents, and mkdir is a syscall.
  const made = new Set<string>();
  const hashes = new Map<string, string>();
  let count = 0;
  return {
    // Synchronous writes inside the async API: a build writes tens of thousands of small
    // files, and libuv's four-thread pool would make each wait for a turn.
    async write(name, content) {
      const target = path.resolve(root, name);
      if (!target.startsWith(root + path.sep)) {
        throw new Error(`Folio refused to write ${name}: it is outside ${outDir}`);
      }
      if (options.previous !== undefined) {
        const hash = hashOf(content);
        hashes.set(name, hash);
        const unchanged =
          options.previous[name] === hash && !options.dirty?.has(name) && exists(name);
        if (unchanged) return;
      }
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, content);
      count++;
    },
    keep(name) {
      const hash = options.previous?.[name];
      const kept = hash !== undefined && !options.dirty?.has(name) && exists(name);
      if (kept) hashes.set(name, hash);
      return kept;
    },
    hashes,
    get count() {
      return count;
    },
  };
}
