import { createHash } from 'node:crypto';
import { escapeMarkup } from '../content/escape-markup.ts';
import type { PrerenderedPage } from '../content/prerender.ts';

export interface PageTemplate {
  /** Fills the built index.html with one page. */
  compose(page: PrerenderedPage): string;
  /** CSP hashes of inline `<style>` elements the pages carry. */
  styleHashes: string[];
}

/**
 * Turns Vite's built index.html into the template of every prerendered page: the CSP meta
 * tag right after the charset (before anything it governs), the page's head tags instead of
 * the placeholder title, the app markup in #root and its data after it. The stylesheet is
 * inlined (it is small) so the first paint needs only the HTML; its hash goes in the CSP.
 */
export function createPageTemplate(
  indexHtml: string,
  options: {
    lang: string;
    stylesheets: ReadonlyMap<string, string>;
    csp: (styleHashes: string[]) => string;
  },
): PageTemplate {
  const styleHashes: string[] = [];
  let html = indexHtml.replace(/<html lang="[^"]*"/, `<html lang="${escapeMarkup(options.lang)}"`);
  html = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (link, href: string) => {
    const css = options.stylesheets.get(href);
    if (css === undefined || css.includes('</style')) return link;
    styleHashes.push(`sha256-${createHash('sha256').update(css).digest('base64')}`);
    return `<style>${css}</style>`;
  });
  html = html
    // A prerendered page is readable before the app loads, so the app's script waits behind
    // the page's own resources (images) instead of competing with them for the first paint.
    .replace(
      /<script type="module"(?![^>]*fetchpriority)/g,
      '<script type="module" fetchpriority="low"',
    )
    .replace(/<title>[^<]*<\/title>\s*/, '')
    .replace(
      /<meta charset="[^"]*" ?\/?>/i,
      (charset) =>
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${escapeMarkup(options.csp(styleHashes))}">`,
    );
  const [beforeHead, afterHead] = splitOnce(html, '</head>');
  const [beforeRoot, afterRoot] = splitOnce(afterHead, '<div id="root"></div>');
  return {
    styleHashes,
    compose(page) {
      return `${beforeHead}  ${page.head}\n  </head>${beforeRoot}<div id="root">${page.root}</div>\n    ${page.data}${afterRoot}`;
    },
  };
}

function splitOnce(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`index.html has no ${marker}: Folio cannot prerender into it`);
  return [text.slice(0, at), text.slice(at + marker.length)];
}
