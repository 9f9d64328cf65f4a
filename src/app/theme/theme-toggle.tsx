import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages.ts';
import type { Messages } from '../i18n/messages.ts';
import { THEME_CHOICES, type ThemeChoice } from './theme-choice.ts';
import { useThemeChoice } from './use-theme-choice.ts';

/**
 * Three buttons, Light / Dark / System, in a labelled group; the current one is pressed
 * (`aria-pressed`). Three states rather than a two-state switch, so a reader can go back to
 * following their system after choosing. Icons with visually hidden names keep it small
 * enough for a phone's header.
 *
 * Before the app hydrates, the server-rendered buttons say "System"; CSS (base.css) marks
 * the one matching `data-theme` on `<html>` instead, so what is shown is right from the
 * first paint.
 */
export function ThemeToggle() {
  const messages = useMessages();
  const [choice, setChoice] = useThemeChoice();
  return (
    <div className="folio-theme-toggle" role="group" aria-label={messages.theme}>
      {THEME_CHOICES.map((option) => (
        <button
          key={option}
          type="button"
          className="folio-theme-option"
          data-choice={option}
          aria-pressed={choice === option}
          title={label(option, messages)}
          onClick={() => setChoice(option)}
        >
          {icons[option]}
          <span className="folio-visually-hidden">{label(option, messages)}</span>
        </button>
      ))}
    </div>
  );
}

function label(choice: ThemeChoice, messages: Messages): string {
  if (choice === 'light') return messages.themeLight;
  if (choice === 'dark') return messages.themeDark;
  return messages.themeSystem;
}

const iconProps = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

const icons: Record<ThemeChoice, ReactNode> = {
  // A sun.
  light: (
    <svg {...iconProps}>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </svg>
  ),
  // A crescent moon.
  dark: (
    <svg {...iconProps}>
      <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
    </svg>
  ),
  // A screen: "as my device".
  system: (
    <svg {...iconProps}>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </svg>
  ),
};
