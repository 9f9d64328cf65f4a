/**
 * Shortcodes no module knows, found in a post's text: a name closed later in the post
 * (`[vc_column_text]…[/vc_column_text]`), or any code of a page builder whose codes are
 * recognisable by prefix (Visual Composer `vc_`, Divi `et_pb_`, Avada `fusion_`, Enfold `av_`,
 * Cornerstone `cs_`, Shortcodes Ultimate `su_`, Elementor/Flatsome `ux_`…). A lone `[name …]`
 * without such a prefix is prose and stays as written, as WordPress showed it.
 */
const BUILDER = /^(?:vc|et_pb|fusion|av|cs|su|mk|ux|fl|tm|dt|wpb|themify|x)_[a-z0-9_]+$/;
const NAME = /^[a-z][a-z0-9_-]{0,60}$/;

export function findUnknownShortcodes(text: string, known: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\[\/([a-z][a-z0-9_-]{0,60})\]/gi)) {
    const name = match[1] ?? '';
    if (known.has(name.toLowerCase()) || found.has(name)) continue;
    const opener = new RegExp(`\\[${name}(?=[\\s\\]/])`);
    if (opener.test(text.slice(0, match.index))) found.add(name);
  }
  for (const match of text.matchAll(/\[([a-z][a-z0-9_]{2,60})(?=[\s\]/])/gi)) {
    const name = match[1] ?? '';
    if (NAME.test(name) && BUILDER.test(name) && !known.has(name)) found.add(name);
  }
  return [...found];
}
