import { escapeMarkup } from '../../content/escape-markup.ts';
import type { HeadTag } from './head-tags.ts';
import { safeJson } from './safe-json.ts';

/** Marks the elements Folio manages, so client navigation replaces exactly those. */
export const HEAD_MARKER = 'data-folio-head';

/** Head tags as HTML for the prerendered page. */
export function renderHead(tags: HeadTag[]): string {
  return tags.map(renderTag).join('\n    ');
}

function renderTag(tag: HeadTag): string {
  switch (tag.kind) {
    case 'title':
      return `<title>${escapeMarkup(tag.text)}</title>`;
    case 'meta':
      return `<meta ${HEAD_MARKER} ${attributes(tag.attributes)}>`;
    case 'link':
      return `<link ${HEAD_MARKER} ${attributes(tag.attributes)}>`;
    case 'json-ld':
      return `<script ${HEAD_MARKER} type="application/ld+json">${safeJson(tag.json)}</script>`;
  }
}

function attributes(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${escapeMarkup(value)}"`)
    .join(' ');
}
