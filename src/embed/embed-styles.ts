import articleCss from '../app/styles/article.css?inline';
import baseCss from '../app/styles/base.css?inline';
import indexCss from '../app/styles/index.css?inline';
import layoutCss from '../app/styles/layout.css?inline';
import proseMediaCss from '../app/styles/prose-media.css?inline';
import proseCss from '../app/styles/prose.css?inline';
import embedCss from './embed.css?inline';
import { adoptSharedSheet, remToEmbedFontSize } from './shadow-sheets.ts';

/**
 * The app's own stylesheets, rewritten for a shadow root: the tokens on `:root` go on
 * `:host` (where the host page can override them), and `rem`, which the host page's root
 * font size would decide, becomes the embed's `--folio-font-size`.
 */
export function shadowCss(css: string): string {
  return (
    remToEmbedFontSize(css)
      .replace(/:root\b/g, ':host')
      // The reader's theme choice (`html[data-theme]` in the app) is the embed's `theme`
      // option, which sets `data-theme` on the host element. (A minifier may drop the quotes.)
      .replace(/\bhtml(\[data-theme=(['"]?)(?:light|dark)\2\])/g, ':host($1)')
  );
}

const EMBED_CSS = [baseCss, layoutCss, indexCss, articleCss, proseCss, proseMediaCss, embedCss]
  .map(shadowCss)
  .join('\n');

/** Puts Folio's styles in a shadow root, once (see shadow-sheets.ts). */
export function adoptEmbedStyles(root: ShadowRoot): void {
  adoptSharedSheet(root, EMBED_CSS, 'data-folio-embed');
}
