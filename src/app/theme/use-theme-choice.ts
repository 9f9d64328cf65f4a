import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from './theme-choice.ts';
import {
  getServerThemeChoice,
  getThemeChoice,
  setThemeChoice,
  subscribeToThemeChoice,
} from './theme-store.ts';

/** The reader's theme choice and the function that changes (and remembers) it. */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribeToThemeChoice, getThemeChoice, getServerThemeChoice);
  return [choice, setThemeChoice];
}
