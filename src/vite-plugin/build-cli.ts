/**
 * `npm run build`: `vite build` with the flags parseBuildArgs accepts (an unknown one is
 * refused with the list), except that problems in posts are printed as the plain list the
 * plugin made (file:line, field, message), without the bundler's stack trace: an author's
 * mistake is not a crash. Anything else is a real failure and keeps its stack.
 */
import { build } from 'vite';
import { parseBuildArgs, usage } from './build-args.ts';

function folioProblems(error: unknown): string[] {
  if (!(error instanceof Error)) return [];
  const inner = 'errors' in error && Array.isArray(error.errors) ? error.errors : [error];
  return inner.flatMap((e: unknown) =>
    e instanceof Error && 'plugin' in e && e.plugin === 'folio' ? [e.message] : [],
  );
}

const args = parseBuildArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.message);
  process.exitCode = 2;
} else if ('help' in args) {
  console.log(usage());
} else {
  try {
    await build(args.config);
  } catch (error) {
    const problems = folioProblems(error);
    if (problems.length === 0) throw error;
    console.error(`\nThe build stopped: ${problems.join('\n')}`);
    process.exitCode = 1;
  }
}
