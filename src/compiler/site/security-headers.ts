import {
  SEARCH_CHUNKS_DIR,
  SEARCH_FRAGMENTS_DIR,
  SEARCH_INDEX_FILE,
} from '../../content/search-paths.ts';

/**
 * The Content-Security-Policy of a built site. Nothing inline may run: every script is a
 * file from the site itself, page data travels in a non-executing `application/json` script
 * and JSON-LD in `application/ld+json`, neither of which CSP treats as script.
 *
 * - `img-src https: data:`, `media-src https:`: posts hotlink images, audio and video from
 *   their old WordPress host (the sanitizer upgrades every such URL to https).
 * - `frame-src`: the only iframes the sanitizer lets through are these video players.
 * - `style-src-attr 'unsafe-inline'`: the sanitizer keeps `style` only on code highlighting
 *   spans, and those colours would otherwise be lost. It allows style ATTRIBUTES only, never
 *   a `<style>` element or a foreign stylesheet (`style-src 'self'` still holds for those);
 *   browsers without CSP 3 fall back to `style-src` and show the code uncoloured.
 * - `style-src` may list hashes (`sha256-…`) of the stylesheet the build inlines into every
 *   page, so the first paint needs no second request and still no `'unsafe-inline'`.
 * - `frame-ancestors` only works as an HTTP header (browsers ignore and complain about it in
 *   a meta tag), so it is in `_headers` and not in the meta tag.
 */
function directives(styleHashes: string[]): [string, string][] {
  const styles = ["'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' ');
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', styles],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self' https: data:"],
    ['media-src', "'self' https:"],
    ['frame-src', 'https://www.youtube-nocookie.com https://player.vimeo.com'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
}

/** The policy for `<meta http-equiv="Content-Security-Policy">` in every built page. */
export function metaContentSecurityPolicy(styleHashes: string[] = []): string {
  return directives(styleHashes)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The full policy, as an HTTP header. */
export function headerContentSecurityPolicy(styleHashes: string[] = []): string {
  return `${metaContentSecurityPolicy(styleHashes)}; frame-ancestors 'self'`;
}

/**
 * `_headers` for Netlify and Cloudflare Pages: the full CSP (with frame-ancestors) and a few
 * safe defaults on every page; hashed assets and the search index's term chunks and fragments
 * (named by their content) are immutable, and the search manifest naming them is checked with
 * the server each time.
 */
export function headersFile(base: string, styleHashes: string[] = []): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${headerContentSecurityPolicy(styleHashes)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `${base}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}${SEARCH_CHUNKS_DIR}*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}${SEARCH_FRAGMENTS_DIR}*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    // It names the files of this deploy: never one from before it.
    `${base}${SEARCH_INDEX_FILE}`,
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}
