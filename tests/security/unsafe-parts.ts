import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from '../../src/compiler/body/sanitize-schema.ts';

/**
 * Everything in a sanitized body that could run script, reach another host unasked, escape
 * the article's box or shadow a global; [] when the HTML is safe. Shared by the hostile-post
 * test and the property test, so both hold the compiler to one definition of "safe".
 */

/** Hosts a post may embed (issue 4: decided on the parsed URL host, never a substring). */
export const EMBED_HOSTS = new Set(['www.youtube-nocookie.com', 'player.vimeo.com']);

/** Names that shadow globals the app or the browser relies on when used as id or name. */
const CLOBBER_NAMES = new Set([
  'location',
  'document',
  'window',
  'self',
  'top',
  'parent',
  'frames',
  'opener',
  'cookie',
  'getElementById',
  'getElementsByName',
  'querySelector',
  'body',
  'head',
  'forms',
  'images',
  'links',
  'anchors',
  'defaultView',
  'alert',
  'fetch',
  'name',
  'origin',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'domain',
  'currentScript',
  'documentElement',
  'attributes',
  'children',
  'nodeName',
  'nodeType',
]);

/** hast property names that hold URLs. */
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formAction',
  'background',
  'poster',
  'data',
  'longDesc',
  'xLinkHref',
  'ping',
  'manifest',
  'codeBase',
  'dynsrc',
  'lowsrc',
  'icon',
  'profile',
  'itemId',
]);

const ALLOWED_TAGS = new Set([...(sanitizeSchema.tagNames ?? []), 'iframe']);

function isSafeUrl(raw: string): boolean {
  // Browsers ignore these characters inside a scheme; so must we when judging one.
  // eslint-disable-next-line no-control-regex -- stripping controls as browsers do
  const value = raw.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme);
}

function urlsOf(property: string, value: string): string[] {
  if (property === 'srcSet') {
    return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  }
  return [value];
}

function text(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function unsafeParts(html: string): string[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const problems: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName;
    const where = `<${tag}>`;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`${where} is not an allowlisted element`);
    for (const [property, value] of Object.entries(node.properties)) {
      if (value === undefined || value === null || value === false) continue;
      const lower = property.toLowerCase();
      const string = text(value);
      if (lower.startsWith('on')) problems.push(`${where} has event handler ${property}`);
      if (lower === 'srcdoc') problems.push(`${where} has srcdoc`);
      if (URL_PROPERTIES.has(property) || property === 'srcSet') {
        for (const url of urlsOf(property, string)) {
          if (!isSafeUrl(url)) problems.push(`${where} ${property}=${JSON.stringify(url)}`);
        }
      }
      if (
        property === 'style' &&
        /url\(|expression|behavior|binding|@import|position|z-index|margin[^:]*:\s*-|inset/i.test(
          string,
        )
      ) {
        problems.push(
          `${where} style=${JSON.stringify(string)} can escape the article or load a URL`,
        );
      }
      if ((property === 'id' || property === 'name') && CLOBBER_NAMES.has(string)) {
        problems.push(`${where} ${property}=${JSON.stringify(string)} shadows a global`);
      }
    }
    const target = node.properties.target;
    if (typeof target === 'string' && target.toLowerCase() !== '_self') {
      const rel = text(node.properties.rel ?? '').toLowerCase();
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
        problems.push(`${where} target=${target} without rel="noopener noreferrer"`);
      }
    }
    if (tag === 'iframe') {
      const src = text(node.properties.src ?? '');
      const host = URL.canParse(src) ? new URL(src).host : '';
      if (!src.startsWith('https://') || !EMBED_HOSTS.has(host)) {
        problems.push(`<iframe src=${JSON.stringify(src)}> is not an allowlisted embed`);
      }
      if (node.properties.sandbox === undefined) problems.push('<iframe> without sandbox');
    }
  });
  return problems;
}
