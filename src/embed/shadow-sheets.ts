/**
 * Stylesheets in shadow roots, for both embeds (the script elements and the React package).
 * Constructed sheets, because a strict host CSP (`style-src 'self'`) allows those while it
 * blocks `<style>` elements; browsers without adoptedStyleSheets (Safari before 16.4) get a
 * `<style>` element, which such a CSP blocks.
 */

/** One constructed sheet per document and stylesheet text, shared by every root using it. */
const shared = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** Puts `css` in a shadow root once; `marker` names its `<style>` fallback. */
export function adoptSharedSheet(root: ShadowRoot, css: string, marker: string): void {
  const document = root.ownerDocument;
  const view = document.defaultView;
  if (
    view !== null &&
    'adoptedStyleSheets' in root &&
    'replaceSync' in view.CSSStyleSheet.prototype
  ) {
    const sheets = shared.get(document) ?? new Map<string, CSSStyleSheet>();
    shared.set(document, sheets);
    let sheet = sheets.get(css);
    if (sheet === undefined) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    return;
  }
  if (root.querySelector(`style[${marker}]`) !== null) return;
  const style = document.createElement('style');
  style.setAttribute(marker, '');
  style.textContent = css;
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

/**
 * The app's rules are written for a page, where `rem` is the page's root font size: inside
 * another site's page it is the host's. It becomes the embed's `--folio-font-size`.
 */
export function remToEmbedFontSize(css: string): string {
  return css.replace(/(-?(?:\d+\.?\d*|\.\d+))rem\b/g, 'calc($1 * var(--folio-font-size))');
}
