import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * base.css states the dark palette twice (for the system setting and for the reader's
 * choice: a media query and an attribute cannot share a rule). These tests keep the copies
 * equal, both palettes complete, and the text colours readable (WCAG AA, 4.5:1).
 */
const css = readFileSync(path.resolve('src/app/styles/base.css'), 'utf8');

function declarationsAfter(marker: string): Map<string, string> {
  const at = css.indexOf(marker);
  if (at < 0) throw new Error(`base.css has no ${marker}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  const tokens = new Map<string, string>();
  for (const match of body.matchAll(/(--folio-[\w-]+):\s*([^;]+);/g)) {
    const [, name, value] = match;
    if (name !== undefined && value !== undefined) tokens.set(name, value.trim());
  }
  return tokens;
}

const light = declarationsAfter(":root,\nhtml[data-theme='light'] {");
const systemDark = declarationsAfter('@media (prefers-color-scheme: dark) {\n  :root {');
const chosenDark = declarationsAfter("html[data-theme='dark'] {");

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(palette: Map<string, string>, foreground: string, background: string): number {
  const [a, b] = [foreground, background].map((name) => {
    const value = palette.get(`--folio-${name}`);
    if (value === undefined || !/^#[0-9a-f]{6}$/i.test(value)) {
      throw new Error(`--folio-${name} is not a #rrggbb colour: ${String(value)}`);
    }
    return luminance(value);
  });
  const [high = 0, low = 0] = [a ?? 0, b ?? 0].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

// Text on the backgrounds it is drawn on (the copy toast and buttons invert text and bg).
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'code-bg'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'code-bg'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['link', 'code-bg'],
  ['link-hover', 'bg'],
  ['accent', 'bg'],
  ['badge-text', 'badge-bg'],
  ['bg', 'link'],
  ['bg', 'link-hover'],
];

describe('colour palettes', () => {
  it('states the same dark palette for the system setting and for the reader’s choice', () => {
    expect(systemDark.size).toBeGreaterThan(10);
    expect([...chosenDark]).toEqual([...systemDark]);
  });

  it('sets every colour token in both palettes', () => {
    expect([...systemDark.keys()].sort()).toEqual([...light.keys()].sort());
  });

  it.each([
    ['light', light],
    ['dark', systemDark],
  ])('keeps text at WCAG AA contrast in the %s palette', (_name, palette) => {
    for (const [foreground, background] of TEXT_PAIRS) {
      expect(
        contrast(palette, foreground, background),
        `${foreground} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
    // Focus rings are not text: 3:1 against the page (WCAG 1.4.11).
    expect(contrast(palette, 'focus', 'bg')).toBeGreaterThanOrEqual(3);
  });
});
