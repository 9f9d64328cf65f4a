import type { Root } from 'hast';
import { normalizePostPath } from '../content/data-paths.ts';
import type { Post } from '../content/post-schema.ts';
import { SCHEMA_VERSION } from '../content/schema-version.ts';
import { renderBody, stringifyBody } from './body/render-body.ts';
import { splitSections } from './body/split-sections.ts';
import type { CompilerConfig } from './compiler-config.ts';
import { deriveExcerpt } from './derive-excerpt.ts';
import type { Diagnostic } from './diagnostic.ts';
import { normalizeSource, splitFrontMatter } from './front-matter/split-front-matter.ts';
import { parseFrontMatter } from './front-matter/parse-front-matter.ts';
import { resolvePostDate } from './resolve-post-date.ts';

export type CompileResult =
  | { ok: true; post: Post; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

/**
 * Compiles one post file into post JSON. Never throws for bad input: every author mistake is
 * a Diagnostic naming file, line and field. Independent of every other post, so the dev
 * server can recompile just the file that changed.
 */
export async function compilePost(
  input: { file: string; text: string },
  config: CompilerConfig,
): Promise<CompileResult> {
  const { file } = input;
  const warnings: Diagnostic[] = [];
  const split = splitFrontMatter(normalizeSource(input.text));
  if (!split.ok) {
    const { line, message, hint } = split;
    return { ok: false, errors: [{ file, line, message, hint, severity: 'error' }], warnings };
  }
  const { yaml, yamlLine, body, bodyLine } = split.value;
  const front = parseFrontMatter(file, yaml, yamlLine);
  if (!front.ok) return { ok: false, errors: front.errors, warnings };
  const meta = front.value;

  const date = resolvePostDate(file, meta.post_date, front.fieldLine('post_date'), config.timeZone);
  if (!date.ok) return { ok: false, errors: [date.error], warnings };
  if (date.warning) warnings.push(date.warning);
  if (meta.ID === undefined) {
    warnings.push({
      file,
      line: yamlLine - 1,
      field: 'ID',
      message: 'The post has no ID, so links of the form /?p=ID cannot find it',
      hint: 'Add the WordPress post number, e.g. ID: 6088.',
      severity: 'warning',
    });
  }
  if (meta.author === undefined) {
    warnings.push({
      file,
      line: yamlLine - 1,
      field: 'author',
      message: 'The post has no author',
      hint: 'Add e.g. author: Jane Doe.',
      severity: 'warning',
    });
  }

  let tree: Root;
  try {
    tree = await renderBody(body);
  } catch (error) {
    // The pipeline accepts any text; reaching this is a Folio bug, still reported, not thrown.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          file,
          line: bodyLine,
          message: `Folio could not render the body: ${reason}`,
          severity: 'error',
        },
      ],
      warnings,
    };
  }

  const post: Post = {
    schemaVersion: SCHEMA_VERSION,
    id: meta.ID ?? null,
    title: meta.post_title,
    path: normalizePostPath(new URL(meta.permalink).pathname),
    author: meta.author ?? '',
    date: date.iso,
    excerpt: meta.post_excerpt !== '' ? meta.post_excerpt : deriveExcerpt(tree),
    draft: !meta.published,
    permalink: meta.permalink,
    source: file,
    sections: splitSections(tree, stringifyBody),
  };
  return { ok: true, post, warnings };
}
