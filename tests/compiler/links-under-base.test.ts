import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';

const text = `---
ID: 1
post_title: Links
author: A
permalink: https://old.example.com/blog/links/
post_date: 2020-01-01 10:00:00
---
See [the other post](http://www.old.example.com/blog/other/#setup-steps), [by id](/?p=42) and [a file](/wp-content/uploads/a.pdf).
`;

async function hrefs(base: string | undefined): Promise<string[]> {
  const result = await compilePost(
    { file: 'links.md', text },
    { origin: 'https://new.example.com', timeZone: 'UTC', base },
  );
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  const html = result.post.sections.map((s) => s.html).join('');
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('links to other posts under a base path', () => {
  it('are root-relative on a site at the root', async () => {
    expect(await hrefs(undefined)).toEqual([
      '/blog/other/#setup-steps',
      '/?p=42',
      'https://old.example.com/wp-content/uploads/a.pdf',
    ]);
  });

  it('live below the base of a site deployed under /news/', async () => {
    expect(await hrefs('/news/')).toEqual([
      '/news/blog/other/#setup-steps',
      '/news/?p=42',
      'https://old.example.com/wp-content/uploads/a.pdf',
    ]);
  });
});
