import type { Post } from '../content/post-schema.ts';
import type { CompileResult } from './compile-post.ts';
import type { Diagnostic } from './diagnostic.ts';
import { claimPaths } from './site-outputs.ts';

/**
 * What a build does with posts that cannot be published. `fail` (the default) stops the build
 * and lists every problem of every file; `skip` publishes every valid post and turns each
 * problem into a warning, so one broken file never costs a site its other posts.
 */
export type InvalidPostMode = 'fail' | 'skip';

export interface PostPartition {
  /** Posts to publish. In `fail` mode, all valid posts, though the build must stop if `errors`. */
  publish: Post[];
  /** Problems that must stop the build (always empty in `skip` mode). */
  errors: Diagnostic[];
  /** Warnings of every file, plus, in `skip` mode, the problems of skipped files. */
  warnings: Diagnostic[];
  /** Source files left out, sorted. */
  skipped: string[];
}

/** Splits compile results into what to publish and what to report. */
export function partitionPosts(
  results: readonly CompileResult[],
  options: { onInvalid: InvalidPostMode },
): PostPartition {
  const publish: Post[] = [];
  const problems: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const skipped: string[] = [];
  for (const result of results) {
    warnings.push(...result.warnings);
    if (result.ok) {
      publish.push(result.post);
    } else {
      problems.push(...result.errors);
      skipped.push(result.file);
    }
  }
  return settle({ publish, problems, warnings, skipped }, options.onInvalid);
}

/**
 * The whole build decision: partitions the results and applies the same mode to site-wide
 * problems (two posts claiming one permalink: in `skip` mode the file sorted first keeps it
 * and the other is skipped). Drafts take part, so dev and build agree on collisions; what is
 * written (siteOutputs, feeds, pages) is the caller's business, from `publish`.
 */
export function planSite(
  results: readonly CompileResult[],
  options: { onInvalid: InvalidPostMode },
): PostPartition {
  const partition = partitionPosts(results, options);
  const { errors: collisions } = claimPaths(partition.publish);
  const losers = new Set(collisions.map((error) => error.file));
  return settle(
    {
      publish: partition.publish.filter((post) => !losers.has(post.source)),
      problems: [...partition.errors, ...collisions],
      warnings: partition.warnings,
      skipped: [...partition.skipped, ...losers],
    },
    options.onInvalid,
  );
}

function settle(
  parts: { publish: Post[]; problems: Diagnostic[]; warnings: Diagnostic[]; skipped: string[] },
  mode: InvalidPostMode,
): PostPartition {
  const skipped = [...new Set(parts.skipped)].sort();
  if (mode === 'fail') {
    return { publish: parts.publish, errors: parts.problems, warnings: parts.warnings, skipped };
  }
  const demoted = parts.problems.map((problem): Diagnostic => ({
    ...problem,
    severity: 'warning',
    message: `${problem.message.replace(/\.$/, '')} (post skipped)`,
  }));
  return {
    publish: parts.publish,
    errors: [],
    warnings: [...parts.warnings, ...demoted],
    skipped,
  };
}

/**
 * `--skip-invalid` on the command line or `FOLIO_SKIP_INVALID=1` (or `true`) in the
 * environment selects `skip`; anything else keeps the strict default.
 */
export function invalidPostMode(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): InvalidPostMode {
  const flag = env.FOLIO_SKIP_INVALID?.trim().toLowerCase();
  return argv.includes('--skip-invalid') || flag === '1' || flag === 'true' ? 'skip' : 'fail';
}
