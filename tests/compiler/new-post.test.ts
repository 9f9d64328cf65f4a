import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post.ts';
import { newPostFile, slugOf } from '../../src/compiler/new-post.ts';
import type { PostHeader } from '../../src/compiler/post-header.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const header = (overrides: Partial<PostHeader>): PostHeader => ({
  id: 1,
  title: 'Old',
  path: normalizePostPath('/blog/old/'),
  permalink: 'https://old.example.com/blog/old/',
  author: 'Ada',
  date: '2018-01-30T15:10:27-08:00',
  draft: false,
  excerpt: '',
  source: 'posts/old.md',
  ...overrides,
});

const request = {
  title: 'Écrire: a “new” post!',
  author: 'Grace Hopper',
  // 22:30 UTC is 14:30 in Los Angeles (PST, UTC-8) on the same day.
  now: new Date('2026-11-26T22:30:05Z'),
  timeZone: 'America/Los_Angeles',
  origin: 'https://blog.example.com',
};

describe('newPostFile', () => {
  it('writes a draft with the next ID, a permalink like the newest post, and local time', async () => {
    const existing = [
      header({ id: 6088 }),
      header({
        id: 12,
        path: normalizePostPath('/blog/newer/'),
        permalink: 'https://www.example.org/blog/newer/',
        date: '2019-01-01T00:00:00+00:00',
      }),
    ];
    const file = newPostFile({ ...request, existing });
    expect(file.fileName).toBe('2026-11-26-ecrire-a-new-post.md');
    expect(file.path).toBe('/blog/ecrire-a-new-post/');

    const compiled = await compilePost(
      { file: file.fileName, text: file.text },
      { origin: request.origin, timeZone: request.timeZone },
    );
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    expect(compiled.post).toMatchObject({
      id: 6089,
      title: request.title,
      author: 'Grace Hopper',
      draft: true,
      path: '/blog/ecrire-a-new-post/',
      permalink: 'https://www.example.org/blog/ecrire-a-new-post/',
      date: '2026-11-26T14:30:05-08:00',
    });
  });

  it('follows a dated permalink shape and never takes a path twice', () => {
    const dated = header({
      path: normalizePostPath('/2018/01/30/a-b/'),
      permalink: 'http://example.com/2018/01/30/a-b/',
    });
    const first = newPostFile({ ...request, title: 'A B', existing: [dated] });
    expect(first.path).toBe('/2026/11/26/a-b/');
    const again = newPostFile({
      ...request,
      title: 'A B',
      existing: [dated, header({ path: first.path, permalink: `http://example.com${first.path}` })],
    });
    expect(again.path).toBe('/2026/11/26/a-b-2/');
  });

  it('never takes the path of a post whose slug is not Latin', () => {
    const existing = header({
      path: normalizePostPath('/blog/日本語-タイトル/'),
      permalink:
        'https://example.org/blog/%E6%97%A5%E6%9C%AC%E8%AA%9E-%E3%82%BF%E3%82%A4%E3%83%88%E3%83%AB/',
    });
    const file = newPostFile({ ...request, title: '日本語 タイトル', existing: [existing] });
    expect(file.path).toBe('/blog/日本語-タイトル-2/');
  });

  it('starts a blog with no posts at ID 1 on the site origin', () => {
    const file = newPostFile({ ...request, title: 'Hello', existing: [] });
    expect(file.path).toBe('/hello/');
    expect(file.text).toContain('ID: 1\n');
    expect(file.text).toContain('permalink: https://blog.example.com/hello/');
  });
});

describe('slugOf', () => {
  it.each([
    [
      'Three Ways Red Hat Acquiring CoreOS Helps Cloud Native',
      'three-ways-red-hat-acquiring-coreos-helps-cloud-native',
    ],
    ['  Ünïcödé & “quotes” ', 'unicode-quotes'],
    ['日本語 タイトル', '日本語-タイトル'],
    ['!!!', ''],
  ])('%s', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });
});
