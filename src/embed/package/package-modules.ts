import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

/**
 * The import graph of the built package (Node, at build and test time; never shipped):
 * what each built file imports, and which files an entry reaches.
 */

/**
 * What a module or declaration file imports (static, dynamic, `import("…")` types), read by
 * TypeScript's scanner: import-like text in comments and strings is not an import.
 */
export function importSpecifiers(text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return [...new Set(importedFiles.map((file) => file.fileName))];
}

export function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

/** The file a relative specifier names; a declaration file's `./x.js` is `./x.d.ts`. */
export function resolveRelative(fromFile: string, specifier: string): string {
  const target = path.resolve(path.dirname(fromFile), specifier);
  return fromFile.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target;
}

/** Every file reachable from `entry` through relative imports, `entry` included. */
export async function reachableFiles(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const pending = [path.resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    for (const specifier of importSpecifiers(text).filter(isRelative)) {
      pending.push(resolveRelative(file, specifier));
    }
  }
  return seen;
}
