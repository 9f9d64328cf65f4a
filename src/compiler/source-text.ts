import type { Diagnostic } from './diagnostic.ts';

/**
 * A post file's bytes as text, decoded in exactly one place. WordPress exports are UTF-8, but
 * files edited on other machines arrive with a BOM, as UTF-16 (Windows editors "Unicode"), or
 * with stray bytes of another encoding. None of that stops a post:
 *
 * - UTF-8, UTF-16 LE and UTF-16 BE are recognised by their byte-order mark; a UTF-16 file
 *   without one is recognised by its opening `---` fence. The mark is dropped.
 * - Bytes that are not UTF-8 become U+FFFD (the replacement character), with one warning per
 *   line that had them, so the author can find and fix them.
 * - Line ends are left alone (normalizeSource makes them `\n` later), so lines stay countable.
 */
export interface DecodedSource {
  text: string;
  warnings: Diagnostic[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  const encoding = detectEncoding(bytes);
  if (encoding.name !== 'utf-8') {
    const text = new TextDecoder(encoding.name, { ignoreBOM: false }).decode(bytes);
    const warnings: Diagnostic[] = encoding.hasBom
      ? []
      : [
          {
            file,
            line: 1,
            message: `The file is ${encoding.name.toUpperCase()} without a byte-order mark; it was read as such`,
            hint: 'Save the file as UTF-8.',
            severity: 'warning',
          },
        ];
    return { text, warnings };
  }
  const body = encoding.hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warnings: [] };
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), warnings: invalidUtf8Lines(file, body) };
  }
}

function detectEncoding(bytes: Uint8Array): {
  name: 'utf-8' | 'utf-16le' | 'utf-16be';
  hasBom: boolean;
} {
  const [b0, b1, b2, b3, b4] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { name: 'utf-8', hasBom: true };
  if (b0 === 0xff && b1 === 0xfe) return { name: 'utf-16le', hasBom: true };
  if (b0 === 0xfe && b1 === 0xff) return { name: 'utf-16be', hasBom: true };
  // `--` as UTF-16: every post starts with a `---` fence, so this is not a guess about prose.
  if (b0 === 0x2d && b1 === 0 && b2 === 0x2d && b3 === 0)
    return { name: 'utf-16le', hasBom: false };
  if (b0 === 0 && b1 === 0x2d && b2 === 0 && b3 === 0x2d && b4 === 0) {
    return { name: 'utf-16be', hasBom: false };
  }
  return { name: 'utf-8', hasBom: false };
}

/** One warning per line holding bytes that are not UTF-8 (lines split at LF, as editors count). */
function invalidUtf8Lines(file: string, bytes: Uint8Array): Diagnostic[] {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const warnings: Diagnostic[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      warnings.push({
        file,
        line,
        message: 'This line has bytes that are not UTF-8; each was replaced by "\uFFFD"',
        hint: 'Re-save the file as UTF-8 (it was probably written as Windows-1252 or Latin-1) and fix the marked characters.',
        severity: 'warning',
      });
    }
    start = end + 1;
    line++;
  }
  return warnings;
}

/**
 * C0 control characters (except tab, line feed and carriage return) and DEL: invisible, never
 * meant, and NUL in particular truncates text in other tools. They are removed, with one
 * warning per line that had them; line numbers do not change.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex -- the same set, without the global flag's state
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function stripControlCharacters(file: string, text: string): DecodedSource {
  if (!HAS_CONTROL.test(text)) return { text, warnings: [] };
  const warnings: Diagnostic[] = [];
  const lines = text.split('\n').map((line, index) => {
    const cleaned = line.replace(CONTROL, '');
    if (cleaned !== line) {
      warnings.push({
        file,
        line: index + 1,
        message: `Removed ${line.length - cleaned.length} invisible control character(s) (such as NUL) from this line`,
        hint: 'Delete them in an editor that shows invisible characters.',
        severity: 'warning',
      });
    }
    return cleaned;
  });
  return { text: lines.join('\n'), warnings };
}
