/**
 * The reader's theme: light, dark, or whatever their system says (the default, also when
 * nothing was ever chosen). A choice is kept in localStorage and shown by `data-theme` on
 * `<html>`, which base.css reads; "system" is the absence of both, so the stylesheet's
 * `prefers-color-scheme` query decides.
 *
 * public/folio-theme.js applies the stored choice before the first paint. It is a classic
 * script that cannot import this module: it repeats THEME_STORAGE_KEY and the two values
 * (tests/app/theme-toggle.test.tsx runs it against this module).
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

export const THEME_STORAGE_KEY = 'folio-theme';

/** A stored value, checked: anything else (an old or tampered value) means "system". */
export function parseThemeChoice(value: string | null): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Reads the stored choice; storage may be disabled or full (private modes), never fatal. */
export function readThemeChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** Remembers a choice ("system" forgets it) and returns whether it could be stored. */
export function storeThemeChoice(choice: ThemeChoice): boolean {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
    return true;
  } catch {
    return false;
  }
}

/** Shows a choice on the document: `data-theme` for light/dark, none for system. */
export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
