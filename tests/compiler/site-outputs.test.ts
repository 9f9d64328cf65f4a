import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { readPostFiles } from '../../src/compiler/read-posts.ts';
import { siteOutputs, summarize } from '../../src/compiler/site-outputs.ts';
import { ARCHIVE_INDEX_FILE, indexPageFile, postDataFile } from '../../src/content/data-paths.ts';
import {
  indexPageSchema,
  postSchema,
  type IndexPage,
  type Post,
} from '../../src/content/post-schema.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

function post(path: string, date: string, extra: Partial<Post> = {}): Post {
  return {
    schemaVersion: 1,
    id: null,
    title: path,
    path: normalizePostPath(path),
    author: 'A',
    date,
    excerpt: '',
    draft: false,
    permalink: `https://example.com${path}`,
    source: `posts${path.slice(0, -1)}.md`,
    sections: [],
    ...extra,
  };
}

function page(files: Map<string, string>, n: number): IndexPage {
  const text = files.get(indexPageFile(n));
  if (text === undefined) throw new Error(`no index page ${n}`);
  return v.parse(indexPageSchema, JSON.parse(text));
}

describe('siteOutputs', () => {
  const posts = [
    post('/b/', '2018-01-02T10:00:00+00:00'),
    post('/a/', '2018-01-02T10:00:00+00:00'),
    post('/old/', '2017-05-01T00:00:00-07:00'),
    post('/new/', '2019-01-01T00:00:00+09:00'),
    post('/draft/', '2020-01-01T00:00:00+00:00', { draft: true }),
  ];

  it('pages the posts newest first, ties by path, without drafts', () => {
    const { files, errors } = siteOutputs(posts, { pageSize: 2, includeDrafts: false });
    expect(errors).toEqual([]);
    expect(page(files, 1)).toMatchObject({ page: 1, pageCount: 2, totalPosts: 4 });
    expect(page(files, 1).posts.map((p) => p.path)).toEqual(['/new/', '/a/']);
    expect(page(files, 2).posts.map((p) => p.path)).toEqual(['/b/', '/old/']);
    expect(files.has(indexPageFile(3))).toBe(false);
    expect(files.has(postDataFile(normalizePostPath('/draft/')))).toBe(false);
    const a = files.get(postDataFile(normalizePostPath('/a/')));
    expect(a && v.parse(postSchema, JSON.parse(a)).path).toBe('/a/');
  });

  it('includes drafts when asked', () => {
    const { files } = siteOutputs(posts, { pageSize: 10, includeDrafts: true });
    expect(page(files, 1).posts[0]?.path).toBe('/draft/');
    expect(files.has(postDataFile(normalizePostPath('/draft/')))).toBe(true);
  });

  it('always writes page 1', () => {
    const { files } = siteOutputs([], { pageSize: 10, includeDrafts: false });
    expect(page(files, 1)).toEqual({
      schemaVersion: 1,
      page: 1,
      pageCount: 1,
      totalPosts: 0,
      posts: [],
    });
    // Besides page 1, only the (empty) list of months.
    expect(JSON.parse(files.get(ARCHIVE_INDEX_FILE) ?? '')).toEqual({
      schemaVersion: 1,
      months: [],
    });
    expect(files.size).toBe(2);
  });

  it('is deterministic whatever the input order', () => {
    const forward = siteOutputs(posts, { pageSize: 2, includeDrafts: true });
    const backward = siteOutputs([...posts].reverse(), { pageSize: 2, includeDrafts: true });
    expect([...backward.files.entries()].sort()).toEqual([...forward.files.entries()].sort());
  });

  it('reports two posts with the same path, naming both files', () => {
    const twins = [
      post('/same/', '2018-01-01T00:00:00Z'),
      post('/Same', '2018-01-02T00:00:00Z', { source: 'posts/other.md' }),
    ];
    const { errors, files } = siteOutputs(twins, { pageSize: 10, includeDrafts: false });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('posts/same.md');
    expect(errors[0]?.message).toContain('posts/other.md');
    expect(page(files, 1).totalPosts).toBe(1);
  });

  it('summarize keeps only what a listing needs', () => {
    expect(Object.keys(summarize(post('/a/', '2018-01-01T00:00:00Z'))).sort()).toEqual([
      'author',
      'date',
      'draft',
      'excerpt',
      'id',
      'path',
      'title',
    ]);
  });
});

describe('permalink collisions', () => {
  const config = { origin: 'https://blog.example.com', timeZone: 'UTC' };
  async function compiled(file: string, permalink: string): Promise<Post> {
    const text = `---\nID: 1\npost_title: T\nauthor: A\npost_date: 2018-01-01 00:00:00\npermalink: ${permalink}\n---\nBody.\n`;
    const result = await compilePost({ file, text }, config);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.post;
  }

  it.each([
    ['case', 'https://example.com/blog/Post/', 'https://example.com/BLOG/post/'],
    ['trailing slash', 'https://example.com/blog/post/', 'https://example.com/blog/post'],
    ['duplicate slashes', 'https://example.com/blog/post/', 'https://example.com//blog//post/'],
    ['host and scheme', 'https://example.com/blog/post/', 'http://www.example.com/blog/post/'],
    ['query and hash', 'https://example.com/blog/post/', 'https://example.com/blog/post/?a=1#x'],
    ['NFC vs NFD', 'https://example.com/caf\u00e9/', 'https://example.com/cafe\u0301/'],
    ['percent-encoded NFD', 'https://example.com/caf\u00e9/', 'https://example.com/cafe%CC%81/'],
    ['percent-encoding', 'https://example.com/blog/post/', 'https://example.com/blog/p%6Fst/'],
    ['encoded case', 'https://example.com/caf%C3%A9/', 'https://example.com/CAF%C3%89/'],
  ])('two posts that differ only by %s collide: one error naming both', async (_, a, b) => {
    const posts = [await compiled('posts/a.md', a), await compiled('posts/b.md', b)];
    const { errors, files } = siteOutputs(posts, { pageSize: 10, includeDrafts: false });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'posts/b.md', field: 'permalink', severity: 'error' });
    expect(errors[0]?.message).toContain('posts/a.md');
    expect([...files.keys()].filter((name) => name.includes('/posts/'))).toHaveLength(1);
  });

  it('keeps posts whose paths differ', async () => {
    const posts = [
      await compiled('posts/a.md', 'https://example.com/blog/post/'),
      await compiled('posts/b.md', 'https://example.com/blog/post-2/'),
      await compiled('posts/c.md', 'https://example.com/blog/post/child/'),
    ];
    expect(siteOutputs(posts, { pageSize: 10, includeDrafts: false }).errors).toEqual([]);
  });

  it('refuses a path that would write outside the data folder, whoever made the post', () => {
    const evil = post('/x/', '2018-01-01T00:00:00Z', {
      path: normalizePostPath('/blog/%2e%2e/%2e%2e/etc/'),
    });
    const { errors, files } = siteOutputs([evil], { pageSize: 10, includeDrafts: false });
    expect(errors[0]).toMatchObject({ field: 'permalink', severity: 'error' });
    expect([...files.keys()].some((name) => name.includes('..'))).toBe(false);
  });
});

describe('determinism', () => {
  async function build(dir: string): Promise<[string, string][]> {
    const posts: Post[] = [];
    for (const input of await readPostFiles(dir)) {
      const result = await compilePost(input, {
        origin: 'https://blog.example.com',
        timeZone: 'America/Los_Angeles',
      });
      if (result.ok) posts.push(result.post);
    }
    return [...siteOutputs(posts, { pageSize: 3, includeDrafts: false }).files];
  }

  it.each(['posts', 'tests/security/hostile-posts'])(
    'compiling %s twice gives byte-identical files in the same order',
    async (dir) => {
      const first = await build(dir);
      const second = await build(dir);
      expect(first.length).toBeGreaterThan(3);
      expect(second).toEqual(first);
    },
  );
});
