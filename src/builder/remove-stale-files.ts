import { readdirSync, rmdirSync, unlinkSync, type Dirent } from 'node:fs';
import path from 'node:path';

/**
 * What an output folder holds before the build writes its own files: every file (paths
 * relative to the folder, with `/`) and how many entries each folder has (`''`: the folder
 * itself). One walk serves both the checks that a file the last build wrote is still there
 * and the removal of stale files afterwards: at 10,000 posts the folder holds ~58,000 files,
 * and asking about each one again would cost as much as the walk.
 * A `.git` at the top is neither listed nor entered, as Vite leaves it alone.
 */
export interface OutputListing {
  files: ReadonlySet<string>;
  entries: ReadonlyMap<string, number>;
}

export function listOutputFiles(outDir: string): OutputListing {
  const files = new Set<string>();
  const entries = new Map<string, number>();
  const visit = (folder: string, relative: string) => {
    let listed: Dirent[];
    try {
      listed = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // No output folder yet: nothing is there.
    }
    entries.set(relative, listed.length);
    for (const entry of listed) {
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (name === '.git') continue;
      if (entry.isDirectory()) visit(path.join(folder, entry.name), name);
      else files.add(name);
    }
  };
  visit(outDir, '');
  return { files, entries };
}

/**
 * Deletes every file the listing found that this build did not write or keep (`keep`: paths
 * relative to `outDir`, with `/`), then the folders that left empty, up to the output folder
 * (kept) unless the build wrote into them: what emptying the folder before the build did, without deleting and writing again
 * the thousands of files that did not change. Folders the listing found empty go too.
 * Returns how many files were deleted.
 */
export function removeStaleFiles(
  outDir: string,
  listing: OutputListing,
  keep: ReadonlySet<string>,
): number {
  const left = new Map(listing.entries);
  // Counts are from before the build wrote: a folder whose listed entries are all gone may
  // hold new files since, which the file system says (ENOTEMPTY) when asked to remove it.
  const removeFolderIfEmpty = (folder: string) => {
    for (let current = folder; current !== '' && left.get(current) === 0;) {
      try {
        rmdirSync(path.join(outDir, current));
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOTEMPTY') return;
        throw error;
      }
      left.delete(current);
      current = parentOf(current);
      left.set(current, (left.get(current) ?? 1) - 1);
    }
  };
  let removed = 0;
  for (const file of listing.files) {
    if (keep.has(file)) continue;
    unlinkSync(path.join(outDir, file));
    removed++;
    const folder = parentOf(file);
    left.set(folder, (left.get(folder) ?? 1) - 1);
    removeFolderIfEmpty(folder);
  }
  for (const [folder, count] of listing.entries) if (count === 0) removeFolderIfEmpty(folder);
  return removed;
}

function parentOf(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash < 0 ? '' : name.slice(0, slash);
}
