/**
 * `npm run build`: `vite build`, except that problems in posts are printed as the plain list
 * the plugin made (file:line, field, message), without the bundler's stack trace: an author's
 * mistake is not a crash. Anything else is a real failure and keeps its stack.
 */
import { build } from 'vite';

function folioProblems(error: unknown): string[] {
  if (!(error instanceof Error)) return [];
  const inner = 'errors' in error && Array.isArray(error.errors) ? error.errors : [error];
  return inner.flatMap((e: unknown) =>
    e instanceof Error && 'plugin' in e && e.plugin === 'folio' ? [e.message] : [],
  );
}

try {
  await build();
} catch (error) {
  const problems = folioProblems(error);
  if (problems.length === 0) throw error;
  console.error(`\nThe build stopped: ${problems.join('\n')}`);
  process.exitCode = 1;
}
