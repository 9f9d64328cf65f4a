import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indexPageFile, postDataFile } from '../../src/content/data-paths.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';
import * as v from 'valibot';
import { postSummarySchema, type Post } from '../../src/content/post-schema.ts';
import { makeIndexPage, makePost } from '../app/fixtures.ts';

/**
 * The data files of a small Folio site (two posts and the index), at the paths the contract
 * gives them, for the package test to serve. What the package reads is what a build writes.
 */
export const FIXTURE_POSTS: Post[] = [
  makePost({ readingMinutes: 2 }),
  makePost({
    id: 2,
    title: 'Second post',
    path: normalizePostPath('/blog/second-post/'),
    date: '2018-02-14T09:00:00+00:00',
    excerpt: 'More to say.',
  }),
];

export async function writeFixtureSite(folder: string): Promise<void> {
  const newestFirst = [...FIXTURE_POSTS].sort((a, b) => b.date.localeCompare(a.date));
  const index = makeIndexPage({
    totalPosts: newestFirst.length,
    // A post's summary is its listing fields: the schema drops the rest.
    posts: newestFirst.map((post) => v.parse(postSummarySchema, post)),
  });
  const files: [string, unknown][] = [
    ...FIXTURE_POSTS.map((post): [string, unknown] => [postDataFile(post.path), post]),
    [indexPageFile(1), index],
  ];
  for (const [name, json] of files) {
    const file = path.join(folder, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(json));
  }
}
