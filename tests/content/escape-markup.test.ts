// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { escapeMarkup } from '../../src/content/escape-markup.ts';

const hostile = `Tom & "Jerry's" <script>alert(1)</script> &amp; \u00a0café`;
const markup = (text: string) =>
  `<p title="${escapeMarkup(text)}" lang='${escapeMarkup(text)}'>${escapeMarkup(text)}</p>`;

describe('escapeMarkup', () => {
  test('escapes the five markup characters and nothing else', () => {
    expect(escapeMarkup(hostile)).toBe(
      'Tom &amp; &quot;Jerry&apos;s&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; \u00a0café',
    );
  });

  test.each(['text/html', 'application/xml'] as const)(
    'a %s parser reads the text back from element text and either quoted attribute',
    (type) => {
      const document = new DOMParser().parseFromString(markup(hostile), type);
      expect(document.querySelector('parsererror')).toBeNull();
      const p = document.querySelector('p');
      expect(p?.getAttribute('title')).toBe(hostile);
      expect(p?.getAttribute('lang')).toBe(hostile);
      expect(p?.textContent).toBe(hostile);
      expect(p?.children).toHaveLength(0);
    },
  );
});
