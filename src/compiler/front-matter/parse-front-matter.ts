import * as v from 'valibot';
import { LineCounter, isAlias, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostic.ts';
import { fieldHints, frontMatterSchema, type FrontMatter } from './front-matter-schema.ts';

export interface FrontMatterResult {
  /** The validated fields, or undefined when `errors` is not empty. */
  value: FrontMatter | undefined;
  /** Every problem of the block at once, so an author fixes a file in one pass. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** File line of a field's value (or of the opening fence when the field is absent). */
  fieldLine: (field: string) => number;
  /** A field as written (a string for scalars), even when validation failed. */
  raw: (field: string) => unknown;
  /** False when the YAML could not be read far enough to look at its fields. */
  fieldsRead: boolean;
}

/**
 * Aliases (`*name`) expanded while reading: enough for any sane front matter, far too few for
 * a "billion laughs" document whose aliases multiply into gigabytes.
 */
const MAX_ALIAS_COUNT = 10;

/** YAML errors after which the rest of the block still means what its author wrote. */
const RECOVERABLE = new Set(['DUPLICATE_KEY']);

/**
 * Parses and validates the YAML between the fences. `yamlLine` is the file line of the first
 * YAML line, so every diagnostic points at the file, not at the block.
 *
 * Every problem is collected: all YAML errors; custom tags (`!!js/function`, `!foo`) and
 * alias bombs, which are errors (a tag is never resolved, let alone executed); and every field
 * that fails the schema. Only after a syntax error (a tab as indentation, a bad indent, an
 * unterminated quote) are the fields left unchecked, because the parser's guess of what
 * follows would invent problems the author does not have.
 */
export function parseFrontMatter(file: string, yaml: string, yamlLine: number): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { schema: 'failsafe', lineCounter, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlLine - 1, column: col };
  };
  const fenceLine = yamlLine - 1;
  const contents = doc.contents;

  const fieldNode = (field: string) => {
    if (!isMap(contents)) return undefined;
    const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === field);
    return pair?.value ?? pair?.key ?? undefined;
  };
  const fieldLine = (field: string): number => {
    const node = fieldNode(field);
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return position(node.range[0]).line;
    }
    return fenceLine;
  };

  // One error per line: a bad indent makes the parser complain twice about the same spot.
  const errors: Diagnostic[] = [];
  const erroredLines = new Set<number>();
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') continue; // reported below, with the key's name
    const at = position(error.pos[0]);
    if (erroredLines.has(at.line)) continue;
    erroredLines.add(at.line);
    errors.push({
      file,
      ...at,
      message: `The front matter is not valid YAML: ${firstLine(error.message)}`,
      hint:
        error.code === 'TAB_AS_INDENT'
          ? 'Indent with spaces, not tabs.'
          : 'Quote values that contain ": " or start with a special character, e.g. post_title: \'A: B\'.',
      severity: 'error',
    });
  }
  errors.push(...duplicateKeys(file, contents, position));
  const warnings: Diagnostic[] = [];
  for (const warning of doc.warnings) {
    const at = position(warning.pos[0]);
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      errors.push({
        file,
        ...at,
        message: `Custom YAML tags are not allowed: ${firstLine(warning.message)}`,
        hint: 'Remove the tag (the word starting with "!") and write the value as plain text.',
        severity: 'error',
      });
    } else {
      warnings.push({ file, ...at, message: firstLine(warning.message), severity: 'warning' });
    }
  }

  const nothing = {
    value: undefined,
    warnings,
    fieldLine,
    raw: () => undefined,
    fieldsRead: false,
  };
  if (doc.errors.some((error) => !RECOVERABLE.has(error.code))) return { ...nothing, errors };

  // An empty block (`---` then `---`) is an empty map: the schema then names the missing fields.
  if (contents !== null && !isMap(contents)) {
    errors.push({
      file,
      line: fenceLine,
      message: 'The front matter must be a list of "key: value" fields',
      hint: 'Write one field per line, e.g. post_title: My post',
      severity: 'error',
    });
    return { ...nothing, errors };
  }

  const fields = toFields(doc);
  if (!fields.ok) {
    errors.push({
      file,
      line: firstAliasLine(doc, position) ?? fenceLine,
      message: `The front matter uses YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times`,
      hint: 'Write each value out instead of referring to it with * (this also guards against "YAML bombs").',
      severity: 'error',
    });
    return { ...nothing, errors };
  }
  const raw = (field: string): unknown => fields.value[field];

  const parsed = v.safeParse(frontMatterSchema, fields.value);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = issue.path?.[0]?.key;
      const field = typeof key === 'string' ? key : undefined;
      const hint = field === undefined ? undefined : fieldHints[field];
      errors.push({
        file,
        line: field === undefined ? fenceLine : fieldLine(field),
        ...(field === undefined ? {} : { field }),
        // valibot words a missing key as "Invalid key: Expected …"; authors need plainer words.
        message:
          field !== undefined && issue.input === undefined ? `${field} is missing` : issue.message,
        ...(hint === undefined ? {} : { hint }),
        severity: 'error' as const,
      });
    }
  }
  if (errors.length > 0 || !parsed.success) {
    return { value: undefined, errors, warnings, fieldLine, raw, fieldsRead: true };
  }
  return { value: parsed.output, errors, warnings, fieldLine, raw, fieldsRead: true };
}

/** Each key written twice, named, at its second line, pointing back at the first. */
function duplicateKeys(
  file: string,
  contents: unknown,
  position: (offset: number) => { line: number; column: number },
): Diagnostic[] {
  if (!isMap(contents)) return [];
  const firstLines = new Map<string, number>();
  const errors: Diagnostic[] = [];
  for (const { key } of contents.items) {
    if (!isScalar(key) || typeof key.value !== 'string' || !key.range) continue;
    const at = position(key.range[0]);
    const first = firstLines.get(key.value);
    if (first === undefined) {
      firstLines.set(key.value, at.line);
      continue;
    }
    errors.push({
      file,
      ...at,
      field: key.value,
      message: `${key.value} is written twice (first on line ${first})`,
      hint: 'Keep one of the two lines.',
      severity: 'error',
    });
  }
  return errors;
}

function toFields(doc: Document): { ok: true; value: Record<string, unknown> } | { ok: false } {
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // yaml throws a ReferenceError when aliases expand past the limit.
    return { ok: false };
  }
  if (value === null || value === undefined) return { ok: true, value: {} };
  if (typeof value !== 'object' || Array.isArray(value)) return { ok: true, value: {} };
  return { ok: true, value: Object.fromEntries(Object.entries(value)) };
}

function firstAliasLine(
  doc: Document,
  position: (offset: number) => { line: number },
): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) line = position(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
