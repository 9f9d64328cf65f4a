import proseMediaCss from '../../app/styles/prose-media.css?inline';
import proseCss from '../../app/styles/prose.css?inline';
import elementsCss from './elements.css?inline';

/**
 * The script embed's stylesheet: its own (elements.css: sizing, palettes, the views) and the
 * app's post-content rules, so post HTML looks as on the site. Those are written for a page:
 * `rem` (which the host page's root font size would decide) becomes the embed's
 * `--folio-font-size`, and the one viewport query (floats beside text) a query of the
 * element's own width.
 */
const CSS = [proseCss, proseMediaCss]
  .map((css) =>
    css
      .replace(/(-?(?:\d+\.?\d*|\.\d+))rem\b/g, 'calc($1 * var(--folio-font-size))')
      .replace(/@media \(min-width: 36em\)/g, '@container folio (min-width: 576px)'),
  )
  .concat(elementsCss)
  .join('\n');

/** One constructed sheet per document, shared by every element on the page. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Puts the styles in a shadow root as a constructable stylesheet: a strict host CSP
 * (`style-src 'self'`) allows those, while it blocks `<style>` elements. Browsers without
 * adoptedStyleSheets (Safari before 16.4) get a `<style>` element, which such a CSP blocks.
 */
export function adoptElementStyles(root: ShadowRoot): void {
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
      sheet.replaceSync(CSS);
      sheets.set(document, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    return;
  }
  if (root.querySelector('style') !== null) return;
  const style = document.createElement('style');
  style.textContent = CSS;
  root.prepend(style);
}

/** Adds one post's own rules to a shadow root; returns what removes them. */
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
