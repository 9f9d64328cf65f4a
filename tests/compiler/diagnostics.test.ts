import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/compiler/diagnostic.ts';

const config = { origin: 'https://blog.example.com', timeZone: 'UTC' };
const FIELDS = {
  ID: '1',
  post_title: 'A post',
  author: 'Jane',
  permalink: 'https://example.com/a/',
  post_date: '2018-01-30 15:10:27',
};

/** A post whose front matter is FIELDS with some fields replaced (null = left out). */
function post(overrides: Partial<Record<keyof typeof FIELDS, string | null>> = {}): string {
  const lines = Object.entries({ ...FIELDS, ...overrides })
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, '---', 'Body.'].join('\n');
}

async function errorsOf(text: string): Promise<Diagnostic[]> {
  const result = await compilePost({ file: 'posts/x.md', text }, config);
  if (result.ok) throw new Error('expected the post to fail');
  return result.errors;
}

describe('compilePost diagnostics', () => {
  it('names a missing post_title at the opening fence', async () => {
    const [error] = await errorsOf(post({ post_title: null }));
    expect(error).toMatchObject({
      file: 'posts/x.md',
      line: 1,
      field: 'post_title',
      severity: 'error',
    });
    expect(error?.message).toBe('post_title is missing');
  });

  it.each([
    ['2018-13-45 10:00:00', 'not a real date'],
    ['2018-02-30 10:00:00', 'not a real date'],
    ['2018-01-30 25:00:00', 'not a real date'],
    ['yesterday', 'must look like'],
    ['""', 'post_date is empty'],
    ['', 'post_date is empty'],
  ])('rejects post_date %j on its own line', async (value, message) => {
    const [error] = await errorsOf(post({ post_date: value }));
    expect(error).toMatchObject({ line: 6, field: 'post_date', severity: 'error' });
    expect(error?.message).toContain(message);
  });

  it.each(['not a url', 'blog/relative/', 'javascript:alert(1)', 'ftp://example.com/x/'])(
    'rejects permalink %j',
    async (value) => {
      const [error] = await errorsOf(post({ permalink: `'${value}'` }));
      expect(error).toMatchObject({ line: 5, field: 'permalink', severity: 'error' });
    },
  );

  it('derives a missing permalink from the file name, with a warning', async () => {
    const result = await compilePost(
      { file: 'posts/2019-05-06-my-post.md', text: post({ permalink: null }) },
      config,
    );
    expect(result.ok && result.post.path).toBe('/my-post/');
    expect(result.ok && result.post.permalink).toBe('https://blog.example.com/my-post/');
    expect(result.warnings.map((w) => [w.field, w.line])).toEqual([['permalink', 1]]);
  });

  it('accepts a root-relative permalink as the path, with a warning', async () => {
    const result = await compilePost(
      { file: 'posts/x.md', text: post({ permalink: '/blog/hand-written/' }) },
      config,
    );
    expect(result.ok && result.post.path).toBe('/blog/hand-written/');
    expect(result.warnings.map((w) => [w.field, w.line])).toEqual([['permalink', 5]]);
  });

  it('lists every problem of a file at once, top to bottom', async () => {
    const errors = await errorsOf(
      post({ ID: 'six', post_title: "''", post_date: '2018-13-45', permalink: 'blog/x' }),
    );
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'ID'],
      [3, 'post_title'],
      [5, 'permalink'],
      [6, 'post_date'],
    ]);
  });

  it('never resolves a custom tag, so nothing in front matter can run', async () => {
    const text = post().replace(
      '---\nBody.',
      'x: !!js/function "() => { globalThis.ran = 1 }"\n---\nBody.',
    );
    const [error] = await errorsOf(text);
    expect(error?.message).toMatch(/Custom YAML tags/);
    expect('ran' in globalThis).toBe(false);
  });

  it('reports unparseable YAML with its line', async () => {
    const [error] = await errorsOf(post({ author: '"unterminated' }));
    expect(error?.line).toBeGreaterThanOrEqual(4);
    expect(error?.message).toMatch(/not valid YAML/);
  });

  it('reports a duplicated key', async () => {
    const [error] = await errorsOf(`${post().replace('---\nBody.', 'ID: 2\n---\nBody.')}`);
    expect(error).toMatchObject({
      field: 'ID',
      line: 7,
      message: 'ID is written twice (first on line 2)',
    });
  });

  it('reports an unclosed front matter block', async () => {
    const [error] = await errorsOf('---\npost_title: x\n\nBody without fence.');
    expect(error).toMatchObject({ line: 1, severity: 'error' });
    expect(error?.message).toMatch(/never closed/);
  });

  it('reports a file without front matter', async () => {
    const [error] = await errorsOf('Just text.');
    expect(error?.message).toMatch(/does not start with a front matter block/);
  });

  it('rejects published values other than true or false', async () => {
    const [error] = await errorsOf(
      `${post().replace('---\nBody.', 'published: maybe\n---\nBody.')}`,
    );
    expect(error).toMatchObject({ field: 'published', line: 7 });
  });

  it('warns (but compiles) without ID and author', async () => {
    const result = await compilePost(
      { file: 'posts/x.md', text: post({ ID: null, author: null }) },
      config,
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.field)).toEqual(['ID', 'author']);
    if (result.ok) expect(result.post).toMatchObject({ id: null, author: '' });
  });

  it('falls back to the file-name date, with a warning, when post_date is missing', async () => {
    const result = await compilePost(
      { file: 'posts/2019-05-06-x.md', text: post({ post_date: null }) },
      config,
    );
    expect(result.ok && result.post.date).toBe('2019-05-06T00:00:00+00:00');
    expect(result.warnings.map((w) => w.field)).toEqual(['post_date']);
  });

  it('is an error when post_date is missing and the file name has no date', async () => {
    const [error] = await errorsOf(post({ post_date: null }));
    expect(error).toMatchObject({ field: 'post_date', message: 'post_date is missing' });
  });

  it('reports an unknown configured time zone instead of throwing', async () => {
    const result = await compilePost(
      { file: 'posts/x.md', text: post() },
      { ...config, timeZone: 'Mars/Olympus' },
    );
    expect(result.ok).toBe(false);
  });

  it('handles a BOM and CRLF line ends', async () => {
    const result = await compilePost(
      { file: 'posts/x.md', text: `\uFEFF${post()}`.replace(/\n/g, '\r\n') },
      config,
    );
    expect(result.ok).toBe(true);
  });

  it('never throws, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (frontMatter, body) => {
        const result = await compilePost(
          { file: 'posts/x.md', text: `---\n${frontMatter}\n---\n${body}` },
          config,
        );
        const diagnostics = result.ok ? result.warnings : result.errors;
        for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatDiagnostic', () => {
  it('writes file:line:column severity field: message. hint', () => {
    expect(
      formatDiagnostic({
        file: 'posts/x.md',
        line: 12,
        column: 3,
        field: 'post_date',
        message: 'post_date is not a real date',
        hint: 'Write it as YYYY-MM-DD HH:MM:SS.',
        severity: 'error',
      }),
    ).toBe(
      'posts/x.md:12:3 error post_date: post_date is not a real date. Write it as YYYY-MM-DD HH:MM:SS.',
    );
  });

  it('leaves out what is unknown', () => {
    expect(formatDiagnostic({ file: 'a.md', line: 1, message: 'Oops.', severity: 'warning' })).toBe(
      'a.md:1 warning Oops.',
    );
  });
});
