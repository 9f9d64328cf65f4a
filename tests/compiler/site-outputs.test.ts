import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { siteOutputs, summarize } from '../../src/compiler/site-outputs.ts';
import { indexPageFile, postDataFile } from '../../src/content/data-paths.ts';
import {
  indexPageSchema,
  postSchema,
  type IndexPage,
  type Post,
} from '../../src/content/post-schema.ts';

function post(path: string, date: string, extra: Partial<Post> = {}): Post {
  return {
    schemaVersion: 1,
    id: null,
    title: path,
    path,
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
    expect(files.has(postDataFile('/draft/'))).toBe(false);
    const a = files.get(postDataFile('/a/'));
    expect(a && v.parse(postSchema, JSON.parse(a)).path).toBe('/a/');
  });

  it('includes drafts when asked', () => {
    const { files } = siteOutputs(posts, { pageSize: 10, includeDrafts: true });
    expect(page(files, 1).posts[0]?.path).toBe('/draft/');
    expect(files.has(postDataFile('/draft/'))).toBe(true);
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
    expect(files.size).toBe(1);
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
