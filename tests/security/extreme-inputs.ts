/** Posts at the edges of size and depth, shared by the test and the measuring script. */
const frontMatter = (slug: string) =>
  `---\nID: 1\npost_title: ${slug}\nauthor: A\npost_date: 2020-01-01 00:00:00\npermalink: https://example.com/${slug}/\n---\n`;

/** About 2 MB of ordinary prose, headings, lists and links. */
export function twoMegabytePost(): string {
  const block = (n: number) =>
    `## Section ${n}\n\nParagraph ${n} with **bold**, _emphasis_, a [link](https://example.com/${n}/) and \`code\`. ${'Lorem ipsum dolor sit amet. '.repeat(20)}\n\n- item one\n- item two\n\n`;
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; size < 2 * 1024 * 1024; n++) {
    const text = block(n);
    parts.push(text);
    size += text.length;
  }
  return frontMatter('two-megabytes') + parts.join('');
}

export const DEPTH = 50_000;

export const deepPosts: Record<string, () => string> = {
  'markdown blockquotes': () =>
    `${frontMatter('deep-quotes')}${'>'.repeat(DEPTH)} deep\n\nAfter.\n`,
  'html divs': () =>
    `${frontMatter('deep-divs')}${'<div>'.repeat(DEPTH)}deep${'</div>'.repeat(DEPTH)}\n\nAfter.\n`,
  'unclosed html spans': () =>
    `${frontMatter('deep-spans')}${'<span>'.repeat(DEPTH)}deep\n\nAfter.\n`,
  // 2,000 levels, not 50,000: each level's indentation makes the text grow quadratically.
  'markdown lists (2,000 levels)': () =>
    `${frontMatter('deep-lists')}${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\nAfter.\n`,
  'emphasis brackets': () =>
    `${frontMatter('deep-brackets')}${'*['.repeat(DEPTH)}x${'](y)*'.repeat(DEPTH)}\n`,
};
