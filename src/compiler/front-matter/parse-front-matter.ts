import * as v from 'valibot';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostic.ts';
import { fieldHints, frontMatterSchema, type FrontMatter } from './front-matter-schema.ts';

export type FrontMatterResult =
  | { ok: true; value: FrontMatter; fieldLine: (field: string) => number }
  | { ok: false; errors: Diagnostic[] };

/**
 * Parses and validates the YAML between the fences. `yamlLine` is the file line of the first
 * YAML line, so every diagnostic points at the file, not at the block.
 */
export function parseFrontMatter(file: string, yaml: string, yamlLine: number): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { schema: 'failsafe', lineCounter, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlLine - 1, column: col };
  };

  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        file,
        ...position(error.pos[0]),
        message: `The front matter is not valid YAML: ${firstLine(error.message)}`,
        hint: 'Quote values that contain ": " or start with a special character, e.g. post_title: \'A: B\'.',
        severity: 'error',
      })),
    };
  }

  const contents = doc.contents;
  // Where a field's value (or, when absent, the opening fence) is, for diagnostics.
  const fieldLine = (field: string): number => {
    if (isMap(contents)) {
      const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === field);
      const node = pair?.value ?? pair?.key;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        return position(node.range[0]).line;
      }
    }
    return yamlLine - 1;
  };

  // An empty block (`---` then `---`) is an empty map: the schema then names the missing fields.
  if (contents !== null && !isMap(contents)) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: yamlLine - 1,
          message: 'The front matter must be a list of "key: value" fields',
          hint: 'Write one field per line, e.g. post_title: My post',
          severity: 'error',
        },
      ],
    };
  }

  const parsed = v.safeParse(frontMatterSchema, contents === null ? {} : doc.toJS());
  if (parsed.success) return { ok: true, value: parsed.output, fieldLine };
  return {
    ok: false,
    errors: parsed.issues.map((issue) => {
      const key = issue.path?.[0]?.key;
      const field = typeof key === 'string' ? key : undefined;
      const hint = field === undefined ? undefined : fieldHints[field];
      return {
        file,
        line: field === undefined ? yamlLine - 1 : fieldLine(field),
        ...(field === undefined ? {} : { field }),
        // valibot words a missing key as "Invalid key: Expected …"; authors need plainer words.
        message:
          field !== undefined && issue.input === undefined ? `${field} is missing` : issue.message,
        ...(hint === undefined ? {} : { hint }),
        severity: 'error' as const,
      };
    }),
  };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
