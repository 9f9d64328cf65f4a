/**
 * PHP Markdown passed any `<tag …>` through and browsers read it leniently; CommonMark only
 * accepts well-formed tags and shows the rest as text (`<a href="x" target="_blank";>` appears
 * as literal markup). Outside code, such tags are rewritten the way a browser reads them:
 * the attributes with valid names are kept, stray characters between them dropped.
 */
import { mapProseLines, outsideCodeSpans } from './outside-fences.ts';

const CANDIDATE = /<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*?)?(\/?)>/g;
const VALID_ATTRIBUTES =
  /^(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*$/;
const LENIENT_ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const VALID_NAME = /^[A-Za-z_:][\w.:-]*$/;

export function normalizeInlineTags(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  return mapProseLines(markdown, (line) =>
    /^(?: {4}|\t)/.test(line) || !line.includes('<')
      ? line
      : outsideCodeSpans(line, (text) => text.replace(CANDIDATE, fixTag)),
  );
}

function fixTag(
  whole: string,
  name: string,
  attributes: string | undefined,
  slash: string,
): string {
  if (attributes === undefined || VALID_ATTRIBUTES.test(attributes)) return whole;
  const kept: string[] = [];
  for (const match of attributes.matchAll(LENIENT_ATTRIBUTE)) {
    const [, attribute = '', double, single, bare] = match;
    if (!VALID_NAME.test(attribute)) continue;
    const value = double ?? single ?? bare;
    kept.push(value === undefined ? attribute : `${attribute}="${value.replace(/"/g, '&quot;')}"`);
  }
  return `<${name}${kept.map((attribute) => ` ${attribute}`).join('')}${slash}>`;
}
