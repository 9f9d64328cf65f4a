import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { note } from '../report/body-report.ts';
import { bodyData } from './body-file.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { forEachElement } from './for-each-element.ts';

const ALLOWED_TAGS = new Set(sanitizeSchema.tagNames ?? []);
const STRIPPED = new Set(sanitizeSchema.strip ?? []);
/** Formatting tags the sanitizer unwraps without loss a reader would notice: not worth a line. */
const QUIET = new Set([
  'font',
  'o:p',
  'nobr',
  'wbr',
  'html',
  'head',
  'body',
  'meta',
  'link',
  'title',
]);
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcSet',
  'poster',
  'action',
  'formAction',
  'cite',
  'background',
  'xLinkHref',
  'data',
];

/**
 * Runs just before the sanitizer and writes down, for the health report, what it is about to
 * remove: elements outside the allowlist, event handler attributes, and script URLs.
 */
export function rehypeAudit() {
  return (tree: Root, file: VFile) => {
    const { report } = bodyData(file);
    forEachElement(tree, (node) => {
      if (!ALLOWED_TAGS.has(node.tagName) && !QUIET.has(node.tagName)) {
        note(
          report,
          'removed-element',
          STRIPPED.has(node.tagName)
            ? `<${node.tagName}> and its content`
            : `<${node.tagName}> (its text kept)`,
        );
      }
      for (const [key, value] of Object.entries(node.properties)) {
        if (/^on/i.test(key))
          note(
            report,
            'removed-attribute',
            `${key.toLowerCase()} event handler on <${node.tagName}>`,
          );
        if (URL_ATTRIBUTES.includes(key) && typeof value === 'string' && isScriptUrl(value)) {
          note(
            report,
            'removed-attribute',
            `${key} with a ${scheme(value)} URL on <${node.tagName}>`,
          );
        }
      }
    });
  };
}

/** What a browser would see as the scheme: control characters and whitespace are ignored. */
export function scheme(value: string): string {
  // eslint-disable-next-line no-control-regex -- browsers skip these inside schemes
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u00a0]+/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1] ?? '';
}

export function isScriptUrl(value: string): boolean {
  return ['javascript', 'vbscript', 'data', 'livescript', 'mocha'].includes(scheme(value));
}
