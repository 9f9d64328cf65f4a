import articleCss from '../app/styles/article.css?inline';
import baseCss from '../app/styles/base.css?inline';
import indexCss from '../app/styles/index.css?inline';
import layoutCss from '../app/styles/layout.css?inline';
import proseMediaCss from '../app/styles/prose-media.css?inline';
import proseCss from '../app/styles/prose.css?inline';
import embedCss from './embed.css?inline';

/**
 * The app's own stylesheets, rewritten for a shadow root: the tokens on `:root` go on
 * `:host` (where the host page can override them), and `rem`, which the host page's root
 * font size would decide, becomes the embed's `--folio-font-size`.
 */
export function shadowCss(css: string): string {
  return (
    css
      .replace(/:root\b/g, ':host')
      // The reader's theme choice (`html[data-theme]` in the app) is the embed's `theme`
      // option, which sets `data-theme` on the host element. (A minifier may drop the quotes.)
      .replace(/\bhtml(\[data-theme=(['"]?)(?:light|dark)\2\])/g, ':host($1)')
      .replace(/(-?(?:\d+\.?\d*|\.\d+))rem\b/g, 'calc($1 * var(--folio-font-size))')
  );
}

const EMBED_CSS = [baseCss, layoutCss, indexCss, articleCss, proseCss, proseMediaCss, embedCss]
  .map(shadowCss)
  .join('\n');

/** One constructed sheet per document, shared by every embed on the page. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Puts Folio's styles in a shadow root as a constructable stylesheet: a strict host CSP
 * (`style-src 'self'`) allows those, while it blocks `<style>` elements. Browsers without
 * adoptedStyleSheets (Safari before 16.4) get a `<style>` element, which such a CSP blocks.
 */
export function adoptEmbedStyles(root: ShadowRoot): void {
  const document = root.ownerDocument;
  const view = document.defaultView;
  if (
    view !== null &&
    'adoptedStyleSheets' in root &&
    'replaceSync' in view.CSSStyleSheet.prototype
  ) {
    let sheet = sheets.get(document);
    if (sheet === undefined) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(EMBED_CSS);
      sheets.set(document, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    return;
  }
  if (root.querySelector('style[data-folio-embed]') !== null) return;
  const style = document.createElement('style');
  style.setAttribute('data-folio-embed', '');
  style.textContent = EMBED_CSS;
  root.prepend(style);
}

/**
 * Adds one post's own rules (its code-highlighting colours, see embed-html.ts) to a shadow
 * root, as a constructable stylesheet; returns what removes them.
 */
export function adoptPostStyles(root: ShadowRoot, css: string): () => void {
  const view = root.ownerDocument.defaultView;
  if (css === '' || view === null || !('adoptedStyleSheets' in root)) return () => {};
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
