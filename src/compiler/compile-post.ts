import type { Post } from '../content/post-schema.ts';
import { SCHEMA_VERSION } from '../content/schema-version.ts';
import { renderPostBody, stringifyBody, type RenderedBody } from './body/render-body.ts';
import type { BodyReport } from './report/body-report.ts';
import { bodyText } from './body/post-text.ts';
import { readingMinutes } from './body/reading-time.ts';
import { splitSections } from './body/split-sections.ts';
import type { CompilerConfig } from './compiler-config.ts';
import { deriveExcerpt } from './derive-excerpt.ts';
import type { Diagnostic } from './diagnostic.ts';
import { readPostHeader } from './post-header.ts';

export type CompileResult =
  | {
      ok: true;
      file: string;
      post: Post;
      /** The body as plain text, for the search index (not part of the post's JSON). */
      searchText: string;
      warnings: Diagnostic[];
      report: BodyReport;
    }
  | { ok: false; file: string; errors: Diagnostic[]; warnings: Diagnostic[] };

/** A post file as compilePost takes it: `warnings` is what decoding its bytes found. */
export type CompileInput = { file: string; text: string; warnings?: readonly Diagnostic[] };

/**
 * Compiles one post file into post JSON. Never throws for bad input: every author mistake is
 * a Diagnostic naming file, line and field, and all the problems of a file are reported at
 * once. Independent of every other post, so the dev server can recompile just the file that
 * changed. `input.warnings` carries what decoding the file's bytes found (see source-text.ts).
 */
export async function compilePost(
  input: CompileInput,
  config: CompilerConfig,
  /** Every post's path, when known: links to posts missing from the export are reported. */
  knownPaths?: ReadonlySet<string>,
): Promise<CompileResult> {
  const read = readPostHeader(input, config);
  if (!read.ok) return read;
  const { file, header, oldSite, body, bodyLine, warnings } = read;

  let rendered: RenderedBody;
  try {
    rendered = await renderPostBody(body, {
      oldSite,
      base: config.base,
      knownPaths,
    });
  } catch (error) {
    // The pipeline accepts any text; reaching this is a Folio bug, still reported, not thrown.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      file,
      warnings,
      errors: [
        {
          file,
          line: bodyLine,
          message: `Folio could not render the body: ${reason}`,
          hint: 'Simplify the markup around the reported line (very deep nesting, for example).',
          severity: 'error',
        },
      ],
    };
  }

  const post: Post = {
    schemaVersion: SCHEMA_VERSION,
    ...header,
    excerpt: header.excerpt !== '' ? header.excerpt : deriveExcerpt(rendered.tree),
    readingMinutes: readingMinutes(rendered.tree),
    sections: splitSections(rendered.tree, stringifyBody),
  };
  return {
    ok: true,
    file,
    post,
    searchText: bodyText(rendered.tree),
    warnings,
    report: rendered.report,
  };
}
