import { readFile } from 'node:fs/promises';
import { writeEntry } from './compile-cache.ts';
import type { HeaderState } from './header-state.ts';

export interface CachedHeader {
  mtimeMs: number;
  size: number;
  state: HeaderState;
}

/**
 * Front matter read on an earlier run, by file, with the modification stamp it was read at:
 * the dev server of a big blog starts without reading the posts that did not change (git and
 * make trust the same stamps). One file per compiler version and config (the caller names it),
 * written atomically; anything unreadable is simply a cold start.
 */
export interface HeaderCache {
  load(): Promise<Map<string, CachedHeader>>;
  save(headers: Map<string, CachedHeader>): Promise<void>;
}

export function createHeaderCache(file: string): HeaderCache {
  return {
    async load() {
      try {
        const value: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (!Array.isArray(value)) return new Map();
        return new Map(value.filter(isCachedPair));
      } catch {
        return new Map();
      }
    },
    async save(headers) {
      await writeEntry(file, JSON.stringify([...headers]));
    },
  };
}

/**
 * Entries were written by this same compiler version (the file name says so): the check
 * guards against a truncated or foreign file, not against another shape of the same data.
 */
function isCachedPair(pair: unknown): pair is [string, CachedHeader] {
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') return false;
  const entry: unknown = pair[1];
  return (
    typeof entry === 'object' &&
    entry !== null &&
    'mtimeMs' in entry &&
    typeof entry.mtimeMs === 'number' &&
    'size' in entry &&
    typeof entry.size === 'number' &&
    'state' in entry &&
    typeof entry.state === 'object' &&
    entry.state !== null &&
    'ok' in entry.state
  );
}
