import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../src/content/site-config.ts';
import { THEME_STORAGE_KEY } from '../../src/app/theme/theme-choice.ts';
import { ThemeToggle } from '../../src/app/theme/theme-toggle.tsx';
import { testSite } from './fixtures.ts';
import { renderWithProviders } from './render-app.tsx';

const themeScript = readFileSync(path.resolve('public/folio-theme.js'), 'utf8');

function renderToggle(site: SiteConfig = testSite) {
  return renderWithProviders(<ThemeToggle />, site);
}

/** What a reload does before the app starts: a fresh document, then the head script. */
function reloadDocument() {
  document.documentElement.removeAttribute('data-theme');
  // The very file the site serves, run as the browser runs a classic script.
  new Function(themeScript)();
}

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('theme switch', () => {
  it('is a labelled group of three buttons, following the system while nothing is chosen', () => {
    renderToggle();
    const group = screen.getByRole('group', { name: 'Theme' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Light', 'Dark', 'System']);
    expect(screen.getByRole('button', { name: 'System' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('applies and remembers a choice, which the next page load shows before the app', async () => {
    const user = userEvent.setup();
    const { unmount } = renderToggle();
    await user.click(screen.getByRole('button', { name: 'Dark' }));
    expect(screen.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'System' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    unmount();
    reloadDocument();
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    renderToggle();
    expect(screen.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('goes back to following the system: the choice is forgotten', async () => {
    const user = userEvent.setup();
    renderToggle();
    await user.click(screen.getByRole('button', { name: 'Light' }));
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
    await user.click(screen.getByRole('button', { name: 'System' }));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    reloadDocument();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('follows a choice made in another tab', () => {
    renderToggle();
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY }));
    });
    expect(screen.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  });

  it('still switches for this page when storage is disabled', async () => {
    const user = userEvent.setup();
    const refuse = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = refuse;
    try {
      renderToggle();
      await user.click(screen.getByRole('button', { name: 'Dark' }));
      expect(screen.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
      expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('names its buttons in the site language', () => {
    renderToggle({ ...testSite, locale: 'fr-FR' });
    const group = screen.getByRole('group', { name: 'Thème' });
    expect(within(group).getByRole('button', { name: 'Sombre' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Système' })).toBeInTheDocument();
  });
});

describe('head theme script (public/folio-theme.js)', () => {
  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['purple', null],
    [null, null],
  ])('stored %s → data-theme %s', (stored, expected) => {
    if (stored !== null) localStorage.setItem(THEME_STORAGE_KEY, stored);
    reloadDocument();
    expect(document.documentElement.getAttribute('data-theme')).toBe(expected);
  });

  it('leaves the page to the system theme when storage throws', () => {
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      expect(() => reloadDocument()).not.toThrow();
      expect(document.documentElement).not.toHaveAttribute('data-theme');
    } finally {
      Storage.prototype.getItem = original;
    }
  });
});
