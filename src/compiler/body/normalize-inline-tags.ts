/**
 * PHP Markdown passed any `<tag …>` through and browsers read it leniently; CommonMark only
 * accepts well-formed tags and shows the rest as text (`<a href="x" target="_blank";>` appears
 * as literal markup). Outside code, such tags are rewritten the way a browser reads them:
 * the attributes with valid names are kept, stray characters between them dropped.
 */
const CANDIDATE = /<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*?)?(\/?)>/g;
const VALID_ATTRIBUTES =
  /^(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*$/;
const LENIENT_ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const VALID_NAME = /^[A-Za-z_:][\w.:-]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function normalizeInlineTags(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const fenceMatch = FENCE.exec(line)?.[1];
      if (fence !== null) {
        if (fenceMatch?.startsWith(fence)) fence = null;
        return line;
      }
      if (fenceMatch !== undefined) {
        fence = fenceMatch;
        return line;
      }
      if (/^(?: {4}|\t)/.test(line) || !line.includes('<')) return line;
      // Code spans keep their text; only the parts between them are looked at.
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, index) => (index % 2 === 1 ? part : part.replace(CANDIDATE, fixTag)))
        .join('');
    })
    .join('\n');
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
