/**
 * The attributes of the elements that change what they show (README "Script tag"). `theme`
 * is not here: it is CSS only (`:host([theme=…])` in elements.css), no script involved.
 */

/** `<folio-post view>`: a card that links to the post, or the post itself. */
export type PostView = 'teaser' | 'full';

/**
 * `teaser` unless the page asks for `full`; with `sections` and no `view`, `full` (a limit on
 * sections only means something for the full post).
 */
export function postViewOf(view: string | null, sections: string | null): PostView {
  if (view === 'full' || view === 'teaser') return view;
  return sections === null ? 'teaser' : 'full';
}

/** `<folio-posts view>`: cards with excerpts, or one-to-two-line titles and dates. */
export type ListView = 'cards' | 'compact';

export function listViewOf(view: string | null): ListView {
  return view === 'compact' ? 'compact' : 'cards';
}

/** A positive whole number from an attribute, or the fallback (absent, empty or invalid). */
export function countOf(value: string | null, fallback: number): number {
  const text = value?.trim() ?? '';
  const count = text === '' ? Number.NaN : Number(text);
  return Number.isInteger(count) && count > 0 ? count : fallback;
}
