import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeEntry } from './compile-cache.ts';

/**
 * What the last build wrote into an output folder, kept in Folio's cache folder so the next
 * build writes only what changed (write-site.ts):
 * - per page job (a post and its four files, a listing page and its two): a key of
 *   everything its files depend on, and the files;
 * - per site-wide file (feeds, sitemaps, search index, ID files…): a hash of its content.
 * A job whose key is unchanged, and whose files are all still there, is not run at all.
 */
export interface OutputManifest {
  version: typeof VERSION;
  jobs: Record<string, { key: string; files: string[] }>;
  files: Record<string, string>;
}

const VERSION = 1;

/** Where the manifest of `outDir` lives: one per output folder. */
export function manifestFile(cacheRoot: string, outDir: string): string {
  return path.join(cacheRoot, 'outputs', `${hashOf(path.resolve(outDir)).slice(0, 16)}.json`);
}

/** The last build's manifest, or an empty one (no build yet, or unreadable: write all). */
export function readManifest(file: string): OutputManifest {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isManifest(value)) return value;
  } catch {
    // No manifest: every file is written.
  }
  return { version: VERSION, jobs: {}, files: {} };
}

export async function writeManifest(file: string, manifest: OutputManifest): Promise<void> {
  await writeEntry(file, JSON.stringify(manifest));
}

/** A short content hash (SHA-1 is plenty to tell two versions of one file apart). */
export function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

function isManifest(value: unknown): value is OutputManifest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    value.version === VERSION &&
    'jobs' in value &&
    typeof value.jobs === 'object' &&
    value.jobs !== null &&
    'files' in value &&
    typeof value.files === 'object' &&
    value.files !== null
  );
}
