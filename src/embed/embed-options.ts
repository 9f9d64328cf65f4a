/**
 * The options every embed takes, whatever renders it: the React components' props and the
 * script embed's attributes carry the same names (`view`, `sections`, `theme`, `limit`), so
 * the values arrive typed (props) or as strings (attributes). Each reader takes either and
 * falls back to the default on anything else: a typo in a host page shows the default embed,
 * not an error.
 */

/** `<FolioPost>` / `<folio-post>`: its opening and a link to the rest, or the whole post. */
export type PostView = 'full' | 'teaser';
/** `<FolioPosts>` / `<folio-posts>`: title, byline and excerpt; or titles and dates only. */
export type PostsView = 'cards' | 'compact';
/** `auto` follows the reader's system setting (`prefers-color-scheme`). */
export type EmbedTheme = 'light' | 'dark' | 'auto';

export const DEFAULT_LIMIT = 3;
/** How many sections a teaser shows when `sections` is not given: the opening one. */
export const TEASER_SECTIONS = 1;

type Loose = string | number | null | undefined;

/**
 * `teaser` unless asked for `full`; with `sections` and no `view`, `full` (a limit on
 * sections says the post itself is wanted). The script embed decides the same way.
 */
export function postViewOf(view: Loose, sections: Loose): PostView {
  if (view === 'full' || view === 'teaser') return view;
  return positiveInteger(sections) === null ? 'teaser' : 'full';
}

export function postsViewOf(value: Loose): PostsView {
  return value === 'compact' ? 'compact' : 'cards';
}

export function themeOf(value: Loose): EmbedTheme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** How many of the latest posts: a positive whole number; anything else is the default. */
export function limitOf(limit: Loose): number {
  return positiveInteger(limit) ?? DEFAULT_LIMIT;
}

/**
 * How many sections of a post to show (the untitled opening one counts): `sections` when it
 * is a positive whole number; otherwise all of them, or the teaser's one.
 */
export function sectionCountOf(sections: Loose, view: PostView): number {
  return positiveInteger(sections) ?? (view === 'teaser' ? TEASER_SECTIONS : Infinity);
}

function positiveInteger(value: Loose): number | null {
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null;
}
