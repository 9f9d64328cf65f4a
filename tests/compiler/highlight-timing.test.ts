import type { ElementContent } from 'hast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightCode } from '../../src/compiler/highlight/highlighter.ts';

/** The light and dark colour of each token. */
function styles(nodes: ElementContent[] | null): string[] {
  return (nodes ?? []).flatMap((node) =>
    node.type === 'element' && typeof node.properties.style === 'string'
      ? [node.properties.style]
      : [],
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('highlighting', () => {
  it('colours code the same on a machine so busy that every step takes a second', async () => {
    const code = 'var s = "text";\n';
    const calm = styles(await highlightCode(code, 'javascript'));
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
    const busy = styles(await highlightCode(code, 'javascript'));
    expect(busy).toEqual(calm);
    // `var` is a keyword in both themes, not plain text in the light one.
    expect(busy[0]).toBe('--shiki-light:#A0111F;--shiki-dark:#FF9492');
  });
});
