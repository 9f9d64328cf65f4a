import fc from 'fast-check';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { sanitizeSchema } from '../../src/compiler/body/sanitize-schema.ts';
import { isAllowedEmbedSrc } from '../../src/compiler/shortcodes/video-embed.ts';
import { unsafeParts } from '../security/unsafe-parts.ts';
import { postWithBody } from './post-with-body.ts';

/**
 * Random markup from a large vocabulary (script, svg, math, iframe, style, form, event
 * handlers, URL attributes with obfuscated javascript: variants) is compiled as a post body by
 * compilePost; each section's html (what the app puts in the page), parsed again the way a
 * browser parses it, may only hold allowlisted elements and attributes, and no URL attribute
 * may carry a script scheme.
 */
const TAGS = [
  'a',
  'abbr',
  'b',
  'base',
  'blockquote',
  'body',
  'br',
  'button',
  'code',
  'div',
  'embed',
  'em',
  'figure',
  'font',
  'form',
  'h1',
  'h2',
  'h3',
  'head',
  'html',
  'iframe',
  'img',
  'input',
  'li',
  'link',
  'math',
  'meta',
  'mglyph',
  'mtext',
  'noscript',
  'object',
  'ol',
  'option',
  'p',
  'param',
  'pre',
  'script',
  'select',
  'source',
  'span',
  'style',
  'svg',
  'table',
  'td',
  'template',
  'textarea',
  'title',
  'tr',
  'ul',
  'video',
  'audio',
  'xmp',
  'foreignObject',
  'annotation-xml',
  'noembed',
  'frameset',
  'marquee',
  'details',
  'summary',
  'dialog',
  'portal',
  'use',
  'image',
];
const ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'poster',
  'action',
  'formaction',
  'xlink:href',
  'cite',
  'background',
  'data',
  'srcdoc',
  'style',
  'class',
  'id',
  'name',
  'target',
  'rel',
  'onclick',
  'onerror',
  'onload',
  'onmouseover',
  'onfocus',
  'autofocus',
  'http-equiv',
  'content',
  'width',
  'height',
  'sandbox',
  'allow',
  'is',
  'xmlns',
  'slot',
  'popover',
  'tabindex',
  'contenteditable',
  'lang',
];
const SCHEMES = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  'java&#0000010;script:x',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u0001javascript:x',
  'https://www.youtube.com/embed/dQw4w9WgXcQ',
  'https://example.org/x',
  '/wp-content/x.png',
  '#top',
  'position:fixed;z-index:9',
  'color:red',
  'url(javascript:x)',
  'folio-header',
  'alignleft',
  'location',
  'cookie',
  '_blank',
  'x" onerror="alert(1)',
  "'><script>alert(1)</script>",
];

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...SCHEMES))
  .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);
const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }))
  .map(([tag, attributes]) => `<${tag}${attributes.join('')}>`);
const closeTag = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`);
const piece = fc.oneof(
  openTag,
  closeTag,
  fc.constantFrom(
    'text',
    '\n\n',
    '\n',
    '[caption]',
    '[/caption]',
    '[youtube ',
    ']',
    '&lt;',
    '<!--',
    '-->',
    '`',
    '**',
    '> ',
    '    ',
  ),
  fc.constantFrom(...SCHEMES),
);
const markup = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));

const ALLOWED_TAGS = new Set(sanitizeSchema.tagNames ?? []);
const ATTRIBUTE_LISTS = sanitizeSchema.attributes ?? {};
const allowed = (tag: string) =>
  new Set(
    [...(ATTRIBUTE_LISTS['*'] ?? []), ...(ATTRIBUTE_LISTS[tag] ?? [])].map((entry) =>
      typeof entry === 'string' ? entry : entry[0],
    ),
  );
const URL_PROPERTIES = [
  'href',
  'src',
  'srcSet',
  'poster',
  'action',
  'formAction',
  'xLinkHref',
  'cite',
  'background',
  'data',
];

function problems(node: Nodes, inCode: boolean, out: string[]): string[] {
  if (node.type === 'root' || node.type === 'element') {
    if (node.type === 'element') check(node, inCode, out);
    const code =
      inCode || (node.type === 'element' && (node.tagName === 'pre' || node.tagName === 'code'));
    for (const child of node.children) problems(child, code, out);
  }
  return out;
}

function check(node: Element, inCode: boolean, out: string[]): void {
  if (!ALLOWED_TAGS.has(node.tagName)) out.push(`element <${node.tagName}>`);
  const permitted = allowed(node.tagName);
  for (const [key, value] of Object.entries(node.properties)) {
    if (!permitted.has(key)) out.push(`attribute ${key} on <${node.tagName}>`);
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    // eslint-disable-next-line no-control-regex -- browsers ignore these inside schemes
    const squeezed = text.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
    if (URL_PROPERTIES.includes(key) && /(?:^|,)(?:javascript|vbscript|data):/.test(squeezed)) {
      out.push(`${key}=${text}`);
    }
  }
  if (node.properties.style !== undefined) {
    const style = String(node.properties.style);
    if (!inCode || node.tagName !== 'span') out.push(`style outside code on <${node.tagName}>`);
    if (/position|z-index|margin|url\(|expression/i.test(style)) out.push(`style ${style}`);
  }
  const classes = Array.isArray(node.properties.className)
    ? node.properties.className.map(String)
    : [];
  if (classes.some((name) => name.startsWith('folio-'))) out.push(`class ${classes.join(' ')}`);
  if (node.properties.target !== undefined) {
    const rel = Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : [];
    if (
      node.properties.target !== '_blank' ||
      !rel.includes('noopener') ||
      !rel.includes('noreferrer')
    ) {
      out.push(`target without rel noopener noreferrer`);
    }
  }
  if (node.tagName === 'iframe') {
    if (!isAllowedEmbedSrc(String(node.properties.src)))
      out.push(`iframe ${String(node.properties.src)}`);
    if (node.properties.sandbox === undefined) out.push('iframe without sandbox');
  }
}

describe('sanitizer property', () => {
  it('has a checker that sees unsafe output', () => {
    const unsafe = fromHtml(
      '<script>x</script><a href=" javascript:x" onclick="x" target="_blank">a</a><p style="position:fixed" class="folio-x">p</p><iframe src="https://evil.example/"></iframe>',
      { fragment: true },
    );
    expect(problems(unsafe, false, [])).toEqual([
      'element <script>',
      'href= javascript:x',
      'attribute onClick on <a>',
      'target without rel noopener noreferrer',
      'attribute style on <p>',
      'style outside code on <p>',
      'style position:fixed',
      'class folio-x',
      'iframe https://evil.example/',
      'iframe without sandbox',
    ]);
  });

  it('lets only allowlisted elements, attributes and URLs through', async () => {
    await fc.assert(
      fc.asyncProperty(markup, async (input) => {
        const { post } = await postWithBody(input);
        for (const { html } of post.sections) {
          expect(problems(fromHtml(html, { fragment: true }), false, [])).toEqual([]);
          // The hostile-post suite's own oracle (URL schemes, CSS, clobbering) must agree.
          expect(unsafeParts(html)).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
