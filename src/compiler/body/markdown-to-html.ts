import MarkdownIt from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';
import { MAX_DEPTH } from './limit-nesting.ts';

const NESTING_LIMIT = MAX_DEPTH * 4;

/**
 * The Markdown half of the body pipeline (see render-body.ts): Markdown to an HTML string that
 * wpautop and the tree half then read. markdown-it rather than remark: its output is a string
 * anyway, and on a 1,200-word post it is about 20x faster than remark-parse + remark-rehype +
 * rehype-stringify, which were three quarters of the compiler's time (README, "Design").
 *
 * Configured as PHP Markdown Extra, what WordPress ran, would read the text:
 * - raw HTML passes through; HTML *blocks* are off, since block-level elements are cut out
 *   beforehand (stash-html-blocks.ts) and a line starting with an inline tag (`<img>`, `<a>`)
 *   begins a paragraph whose Markdown still counts;
 * - no bare-URL autolinking (PHP Markdown has none, and `https://youtu.be/x[/embed]` would
 *   swallow the shortcode's brackets); `<url>` autolinks are kept;
 * - tables and footnotes (Markdown Extra), no typographic replacements.
 */
const markdown = new MarkdownIt({
  html: true,
  linkify: false,
  typographer: false,
  // markdown-it silently drops what lies deeper than this. limit-nesting.ts has already cut
  // quotes and lists to MAX_DEPTH markers (a list marker opens two levels, list and item), so
  // only hostile mixed nesting gets here, and the pipeline's plain-text fallback takes it.
  maxNesting: NESTING_LIMIT,
})
  .disable('html_block')
  .use(markdownItFootnote);

// markdown-it leaves links to `javascript:` and the like as literal Markdown text. Folio's
// sanitizer is the one place that decides which URLs are safe (it drops the href, keeping the
// link text), so every destination is let through to it.
markdown.validateLink = () => true;

// HTML's own words for what markdown-it writes as inline style (which the sanitizer drops):
// `~~gone~~` is a deletion, a table column's alignment is its cells' `align`.
markdown.renderer.rules.s_open = () => '<del>';
markdown.renderer.rules.s_close = () => '</del>';
for (const rule of ['th_open', 'td_open'] as const) {
  markdown.renderer.rules[rule] = (tokens, index, options, _env, renderer) => {
    const token = tokens[index];
    const align = /^text-align:(left|center|right)$/.exec(
      String(token?.attrGet('style') ?? ''),
    )?.[1];
    if (token && align) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      token.attrSet('align', align);
    }
    return renderer.renderToken(tokens, index, options);
  };
}

// A footnote mark is its number, as PHP Markdown Extra writes it (markdown-it adds brackets).
markdown.renderer.rules.footnote_caption = (tokens, index) => {
  const meta: unknown = tokens[index]?.meta;
  const id = typeof meta === 'object' && meta !== null && 'id' in meta ? Number(meta.id) : 0;
  const sub = typeof meta === 'object' && meta !== null && 'subId' in meta ? Number(meta.subId) : 0;
  return `${id + 1}${sub > 0 ? `:${sub}` : ''}`;
};

export function markdownToHtml(text: string): string {
  return markdown.render(text);
}
