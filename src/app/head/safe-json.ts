/**
 * JSON to put inside a `<script>` element: `<` (and so `</script>` and `<!--`), `>`, `&` and
 * the two line separators are written as `\uXXXX` escapes, which JSON.parse reads back as
 * the same characters, so no post text can end the element early.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
