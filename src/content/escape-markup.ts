import { escapeUTF8 } from 'entities/escape';

/**
 * The one escaper of text written into HTML or XML by Folio (head tags, app shells, the
 * oEmbed iframe, feeds, sitemaps, redirect pages): `&`, `<`, `>`, `"` and `'` become the five
 * XML entities, which HTML5 knows too, so the result is safe as element text and inside
 * either kind of quoted attribute, in both languages. Other characters stay as they are (the
 * files are UTF-8). It lives in content so the app (in the browser and the prerenderer) and
 * the compiler share it; `entities/escape` is the package's small escape-only entry point, so
 * the browser bundle carries no entity tables.
 */
export function escapeMarkup(text: string): string {
  return escapeUTF8(text);
}
