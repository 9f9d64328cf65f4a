/**
 * Files that let any static host serve the single-page app at every permalink:
 * `404.html` (GitHub Pages, S3, most hosts serve it for unknown paths, and the app then routes
 * by URL) and `_redirects` (Netlify, Cloudflare Pages: rewrite unknown paths to the app).
 */
export function staticHostFiles(indexHtml: string, base: string): Map<string, string> {
  return new Map([
    ['404.html', indexHtml],
    ['_redirects', `${base}* ${base}index.html 200\n`],
  ]);
}
