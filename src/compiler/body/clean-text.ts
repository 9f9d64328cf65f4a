/**
 * Characters a reader cannot see that real exports carry: a byte order mark, zero-width
 * spaces and word joiners, soft hyphens (which also break search and copy), bidi embedding
 * and override controls (they can make text read differently from how it is stored), C0
 * control bytes (NUL, SUB…) and trailing junk from broken exports. Smart quotes, NBSP, the
 * joiners emoji and Persian need (U+200C, U+200D), LRM/RLM and C1 characters (left inside
 * mojibake such as `â€\u009d`, which code blocks must keep byte for byte) are kept.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- the control bytes are what this removes
  /[\ufeff\u200b\u2060\u00ad\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanText(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').trimEnd();
}

/** Gutenberg's block delimiters (`<!-- wp:paragraph -->`, `<!-- /wp:image -->`): markup notes. */
export function dropBlockComments(body: string): string {
  return body.replace(/<!--\s*\/?wp:[^]*?-->\n?/g, '');
}
