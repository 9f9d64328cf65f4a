import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import {
  importSpecifiers,
  isRelative,
  resolveRelative,
} from '../../src/embed/package/package-modules.ts';

/**
 * Whether the built React package stands on its own once installed: every import in every
 * packed file (modules and declarations) names either another packed file or a package its
 * package.json declares (a dependency or a peer). Problems are returned, one line each.
 *
 *   npx tsx tests/embed/package-imports.ts   (after `vite build -c vite.embed.config.ts --mode package`)
 */
const packSchema = v.tuple([
  v.object({
    filename: v.string(),
    size: v.number(),
    unpackedSize: v.number(),
    files: v.array(v.object({ path: v.string() })),
  }),
]);
export type PackResult = v.InferOutput<typeof packSchema>[0];

const manifestSchema = v.object({
  dependencies: v.optional(v.record(v.string(), v.string()), {}),
  peerDependencies: v.optional(v.record(v.string(), v.string()), {}),
});

/** `npm pack --json` in the package folder: the tarball's name and what it holds. */
export function npmPack(packageDir: string, destination: string | null): PackResult {
  const args = ['pack', '--json', '--silent'];
  args.push(...(destination === null ? ['--dry-run'] : ['--pack-destination', destination]));
  const output = execFileSync('npm', args, { cwd: packageDir, encoding: 'utf8' });
  const [result] = v.parse(packSchema, JSON.parse(output));
  return result;
}

export async function packageImportProblems(
  packageDir: string,
  packed: PackResult,
): Promise<string[]> {
  const manifest = v.parse(
    manifestSchema,
    JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')),
  );
  const declared = new Set([
    ...Object.keys(manifest.dependencies),
    ...Object.keys(manifest.peerDependencies),
  ]);
  const files = new Set(packed.files.map((file) => path.resolve(packageDir, file.path)));
  const problems: string[] = [];
  for (const file of files) {
    if (!/\.(?:js|d\.ts)$/.test(file)) continue;
    const name = path.relative(packageDir, file);
    for (const specifier of importSpecifiers(await readFile(file, 'utf8'))) {
      if (isRelative(specifier)) {
        const target = resolveRelative(file, specifier);
        if (!files.has(target)) problems.push(`${name}: ${specifier} is not in the tarball`);
      } else if (!declared.has(packageName(specifier))) {
        problems.push(`${name}: ${specifier} is not a dependency or peer in package.json`);
      }
    }
  }
  return problems;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; `node:fs` stays (never declared). */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

if (process.argv[1] !== undefined && import.meta.filename === path.resolve(process.argv[1])) {
  const packageDir = path.resolve(import.meta.dirname, '../../dist-embed/react');
  const problems = await packageImportProblems(packageDir, npmPack(packageDir, null));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log('every import of the package resolves inside it or to a declared package');
}
