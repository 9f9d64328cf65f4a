import { readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Deletes every file under `outDir` that this build did not write or keep (`keep`: paths
 * relative to `outDir`, with `/`), then the folders left empty: what emptying the folder
 * before the build did, without deleting and writing again the thousands of files that did
 * not change. A `.git` at the top is left alone, as Vite leaves it. Returns how many files
 * were deleted.
 */
export function removeStaleFiles(outDir: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  const visit = (folder: string, relative: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const full = path.join(folder, entry.name);
      if (name === '.git') {
        empty = false;
      } else if (entry.isDirectory()) {
        if (visit(full, name)) rmdirSync(full);
        else empty = false;
      } else if (keep.has(name)) {
        empty = false;
      } else {
        unlinkSync(full);
        removed++;
      }
    }
    return empty;
  };
  visit(outDir, '');
  return removed;
}
