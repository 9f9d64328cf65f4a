/**
 * Compiles one extreme post in its own process (argv[2] names it) and prints the outcome as
 * JSON, so the test can stop a compile that never ends: a blocked event loop cannot time out.
 */
import { compilePost } from '../../src/compiler/compile-post.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostic.ts';
import { deepPosts, twoMegabytePost } from './extreme-inputs.ts';

const name = process.argv[2] ?? '';
const make = name === '2 MB post' ? twoMegabytePost : deepPosts[name];
if (!make) throw new Error(`unknown case ${name}`);
const result = await compilePost(
  { file: 'posts/extreme.md', text: make() },
  { origin: 'https://folio.example.com', timeZone: 'UTC' },
);
console.log(
  JSON.stringify(
    result.ok
      ? { ok: true, sections: result.post.sections.length }
      : { ok: false, errors: result.errors.map(formatDiagnostic) },
  ),
);
