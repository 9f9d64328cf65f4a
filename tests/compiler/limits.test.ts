import { describe, expect, it } from 'vitest';
import { postWithBody } from './post-with-body.ts';

/**
 * Hostile sizes and depths compile (or are flattened) instead of overflowing the stack.
 * Time is not asserted here (see scripts/bench.ts); a stack overflow or hang fails the test.
 */
const DEEP = 50_000;

describe('nesting and size limits', () => {
  it.each([
    ['blockquote tags', '<blockquote>'.repeat(DEEP) + 'deep' + '</blockquote>'.repeat(DEEP)],
    ['div tags, never closed', '<div>'.repeat(DEEP) + 'deep'],
    ['Markdown quote markers', `${'>'.repeat(DEEP)} deep\n\n**strong**`],
    ['Markdown list markers', `${'- '.repeat(DEEP)}deep\n\n**strong**`],
    ['mixed quote and list markers', `${'> - 1. '.repeat(DEEP)}deep\n\n**strong**`],
    ['spans', '<span>'.repeat(DEEP) + 'deep' + '</span>'.repeat(DEEP)],
    ['brackets', '['.repeat(DEEP) + 'deep' + ']'.repeat(DEEP)],
    ['emphasis', `${'*'.repeat(DEEP)}deep${'*'.repeat(DEEP)} **strong**`],
  ])('%s 50,000 deep', async (_name, body) => {
    const { html, report } = await postWithBody(body);
    expect(html).toContain('deep');
    // What follows the deep part is still read as Markdown.
    if (body.endsWith('**strong**')) expect(html).toContain('<strong>strong</strong>');
    if (body.startsWith('<') || body.startsWith('>')) {
      expect(report.entries.some((entry) => entry.kind === 'nesting-limited')).toBe(true);
    }
  });

  it('compiles a 2 MB post', async () => {
    const paragraph = 'Lorem **ipsum** dolor sit amet, [link](https://example.org/) and `code`. ';
    const body = Array.from({ length: 2_000_000 / (paragraph.length * 4) }, (_, n) =>
      n % 50 === 0 ? `## Heading ${n}\n\n\`\`\`bash\necho ${n}\n\`\`\`` : paragraph.repeat(4),
    ).join('\n\n');
    expect(body.length).toBeGreaterThan(1_900_000);
    const { html } = await postWithBody(body);
    expect(html).toContain('<h2 id="heading-0">Heading 0</h2>');
    expect(html).toContain('<strong>ipsum</strong>');
  }, 60_000);
});
