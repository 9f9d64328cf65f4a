import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePost, type CompileResult } from '../../../src/compiler/compile-post.ts';
import { formatDiagnostic } from '../../../src/compiler/diagnostic.ts';
import { decodeSource } from '../../../src/compiler/source-text.ts';

/**
 * One loop over broken-input/fixtures/<case>/: input.md holds the exact bytes of a broken
 * file (encodings included); expected.txt is the outcome as an author reads it: `published`
 * or `failed`, then every diagnostic as formatDiagnostic prints it. Run with
 * FOLIO_UPDATE_FIXTURES=1 to rewrite expected.txt, then review the diff.
 */
const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const config = { origin: 'https://blog.example.com', timeZone: 'UTC' };

async function compileBytes(file: string, bytes: Uint8Array): Promise<CompileResult> {
  const decoded = decodeSource(file, bytes);
  return compilePost({ file, text: decoded.text, warnings: decoded.warnings }, config);
}

function describeOutcome(result: CompileResult): string {
  const diagnostics = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  const head = result.ok ? `published ${result.post.path}` : 'failed';
  return [head, ...diagnostics.map(formatDiagnostic)].join('\n') + '\n';
}

describe('broken input', () => {
  it.each(cases)('%s', async (name) => {
    const result = await compileBytes(
      `posts/${name}.md`,
      readFileSync(join(root, name, 'input.md')),
    );
    const actual = describeOutcome(result);
    const expectedFile = join(root, name, 'expected.txt');
    if (process.env.FOLIO_UPDATE_FIXTURES === '1') writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    // Whatever went wrong, no message leaks a stack trace or an internal error name.
    expect(actual).not.toMatch(/\n\s+at |TypeError|ReferenceError|RangeError|undefined/);
  });
});
