import { compilePost } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import type { Diagnostic } from '../compiler/diagnostic.ts';
import { readPostHeader } from '../compiler/post-header.ts';
import { readPostFiles } from '../compiler/read-posts.ts';
import type { BodyReport } from '../compiler/report/body-report.ts';

/** The import health of a posts folder: every post's body report and every problem. */
export interface SiteReport {
  /** Posts read, and how many of them did not compile. */
  read: number;
  failed: number;
  /** Errors and warnings, file by file. */
  diagnostics: Diagnostic[];
  /** Body reports of the posts that compiled, in file order. */
  reports: { file: string; report: BodyReport }[];
}

/**
 * Compiles every post of a folder for its report (`npm run report`). Every post's path is
 * read first, from front matter alone, so that links to posts missing from the export are
 * told apart from links to posts that are there.
 */
export async function reportSite(postsDir: string, config: CompilerConfig): Promise<SiteReport> {
  const inputs = await readPostFiles(postsDir);
  const knownPaths = new Set(
    inputs.flatMap((input) => {
      const read = readPostHeader(input, config);
      return read.ok ? [read.header.path] : [];
    }),
  );
  const report: SiteReport = { read: inputs.length, failed: 0, diagnostics: [], reports: [] };
  for (const input of inputs) {
    const result = await compilePost(input, config, knownPaths);
    report.diagnostics.push(...result.warnings);
    if (result.ok) report.reports.push({ file: input.file, report: result.report });
    else {
      report.failed++;
      report.diagnostics.push(...result.errors);
    }
  }
  return report;
}
