import {
  applyThemeChoice,
  parseThemeChoice,
  readThemeChoice,
  storeThemeChoice,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from './theme-choice.ts';

/**
 * The theme choice as an external store for useSyncExternalStore. The state is the
 * document's own `data-theme`: public/folio-theme.js set it from storage before the app
 * loaded, and a choice sets it here, so the switch works for the page's lifetime even where
 * storage is disabled. A choice made in another tab arrives as a `storage` event.
 */
const listeners = new Set<() => void>();

export function getThemeChoice(): ThemeChoice {
  return parseThemeChoice(document.documentElement.getAttribute('data-theme'));
}

/** What the server renders: it cannot know the reader's choice (hydration then catches up). */
export function getServerThemeChoice(): ThemeChoice {
  return 'system';
}

export function setThemeChoice(choice: ThemeChoice): void {
  storeThemeChoice(choice);
  applyThemeChoice(choice, document.documentElement);
  notify();
}

export function subscribeToThemeChoice(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function onStorage(event: StorageEvent): void {
  // `key` is null when another tab cleared the whole storage.
  if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
  applyThemeChoice(readThemeChoice(), document.documentElement);
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}
