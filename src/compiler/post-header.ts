import type { OldSite } from './links/old-site.ts';
import type { PostPath } from '../content/post-path.ts';
import type { CompilerConfig } from './compiler-config.ts';
import type { Diagnostic } from './diagnostic.ts';
import { fieldHints } from './front-matter/front-matter-schema.ts';
import { parseFrontMatter } from './front-matter/parse-front-matter.ts';
import { normalizeSource, splitFrontMatter } from './front-matter/split-front-matter.ts';
import { resolvePermalink } from './permalink-policy.ts';
import { resolvePostDate } from './resolve-post-date.ts';
import { stripControlCharacters } from './source-text.ts';

/** Everything a post's front matter decides, before its body is rendered. */
export interface PostHeader {
  id: number | null;
  title: string;
  /** Permalink path on this site: `/blog/slug/`. */
  path: PostPath;
  /** The absolute permalink URL as exported. */
  permalink: string;
  author: string;
  /** ISO 8601 with the site's offset. */
  date: string;
  draft: boolean;
  /** `post_excerpt` as written (often empty: the body then supplies one). */
  excerpt: string;
  source: string;
}

export type HeaderResult =
  | {
      ok: true;
      file: string;
      header: PostHeader;
      /** The old site as the permalink names it, for the body's links (parsed once, here). */
      oldSite: OldSite;
      body: string;
      bodyLine: number;
      warnings: Diagnostic[];
    }
  | { ok: false; file: string; errors: Diagnostic[]; warnings: Diagnostic[] };

/**
 * Reads and checks a post's front matter without touching its body: cheap enough for the dev
 * server to index 10,000 posts at start-up and render bodies only when asked. Never throws;
 * every problem of the block is reported at once, sorted by line.
 */
export function readPostHeader(
  input: { file: string; text: string; warnings?: readonly Diagnostic[] },
  config: CompilerConfig,
): HeaderResult {
  const { file } = input;
  const warnings: Diagnostic[] = [...(input.warnings ?? [])];
  // Sorted by line (stable), so an author reads them top to bottom.
  const fail = (errors: Diagnostic[]): HeaderResult => ({
    ok: false,
    file,
    errors: [...errors].sort((a, b) => a.line - b.line),
    warnings,
  });

  const normalized = normalizeSource(input.text);
  if (normalized.trim() === '') {
    return fail([
      {
        file,
        line: 1,
        message: 'The file is empty',
        hint: 'Write the front matter (post_title, permalink, post_date...) and the post, or delete the file.',
        severity: 'error',
      },
    ]);
  }
  const source = stripControlCharacters(file, normalized);
  warnings.push(...source.warnings);

  const split = splitFrontMatter(source.text);
  if (!split.ok) {
    const { line, message, hint } = split;
    return fail([{ file, line, message, hint, severity: 'error' }]);
  }
  const { yaml, yamlLine, body, bodyLine } = split.value;
  const front = parseFrontMatter(file, yaml, yamlLine);
  const errors = [...front.errors];
  warnings.push(...front.warnings);
  if (!front.fieldsRead) return fail(errors);

  const permalinkLine = front.fieldLine('permalink');
  const rawPermalink = front.raw('permalink');
  const permalink =
    rawPermalink === undefined || typeof rawPermalink === 'string'
      ? resolvePermalink(rawPermalink, { file, origin: config.origin })
      : undefined; // a list or map: the schema has already said so
  if (permalink && !permalink.ok) {
    for (const message of permalink.problems) {
      errors.push({
        file,
        line: permalinkLine,
        field: 'permalink',
        message,
        hint: fieldHints.permalink,
        severity: 'error',
      });
    }
  }
  if (permalink?.ok) {
    for (const message of permalink.warnings) {
      warnings.push({
        file,
        line: permalinkLine,
        field: 'permalink',
        message,
        severity: 'warning',
      });
    }
  }

  // A post_date that is present but wrong was reported by the schema; this adds a missing one.
  const postDate = front.value?.post_date;
  const date =
    front.value !== undefined || front.raw('post_date') === undefined
      ? resolvePostDate(file, postDate, front.fieldLine('post_date'), config.timeZone)
      : undefined;
  if (date && !date.ok) errors.push(date.error);
  if (date?.ok && date.warning) warnings.push(date.warning);

  const meta = front.value;
  if (errors.length > 0 || !meta || !permalink?.ok || !date?.ok) return fail(errors);

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

  return {
    ok: true,
    file,
    body,
    bodyLine,
    warnings,
    oldSite: permalink.oldSite,
    header: {
      id: meta.ID ?? null,
      title: meta.post_title,
      path: permalink.path,
      permalink: permalink.permalink,
      author: meta.author ?? '',
      date: date.iso,
      draft: !meta.published,
      excerpt: meta.post_excerpt,
      source: file,
    },
  };
}
