import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes the files of a built site into one folder, and never outside it. */
export interface SiteWriter {
  /** Writes `content` to `name`, a path relative to the output folder. */
  write(name: string, content: string): Promise<void>;
  /** Files written so far. */
  readonly count: number;
}

export function createSiteWriter(outDir: string): SiteWriter {
  const root = path.resolve(outDir);
  // Folders already made: thousands of pages share a few parents, and mkdir is a syscall.
  const made = new Set<string>();
  let count = 0;
  return {
    async write(name, content) {
      const target = path.resolve(root, name);
      if (!target.startsWith(root + path.sep)) {
        throw new Error(`Folio refused to write ${name}: it is outside ${outDir}`);
      }
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, content);
      count++;
      await Promise.resolve();
    },
    get count() {
      return count;
    },
  };
}
