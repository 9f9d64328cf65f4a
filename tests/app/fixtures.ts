import type { IndexPage, Post, PostSummary } from '../../src/content/post-schema.ts';
import type { SiteConfig } from '../../src/content/site-config.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

export const testSite: SiteConfig = {
  title: 'Test Blog',
  origin: 'https://blog.example.com',
  base: '/',
  timeZone: 'UTC',
  locale: 'en-US',
  pageSize: 2,
};

export function makeSummary(overrides: Partial<PostSummary> = {}): PostSummary {
  return {
    id: 1,
    title: 'Hello world',
    path: normalizePostPath('/blog/hello-world/'),
    author: 'Ada Lovelace',
    date: '2018-01-30T15:10:27+00:00',
    excerpt: 'A first post.',
    draft: false,
    ...overrides,
  };
}

export function makePost(overrides: Partial<Post> = {}): Post {
  return {
    schemaVersion: 1,
    ...makeSummary(),
    permalink: 'https://old.example.com/blog/hello-world/',
    source: 'hello-world.md',
    sections: [
      { id: '', title: '', level: 0, html: '<p>Intro paragraph.</p>' },
      { id: 'getting-started', title: 'Getting started', level: 2, html: '<p>Step one.</p>' },
      { id: '2nd-part', title: 'Second part', level: 2, html: '<p>Step two.</p>' },
    ],
    ...overrides,
  };
}

export function makeIndexPage(overrides: Partial<IndexPage> = {}): IndexPage {
  return {
    schemaVersion: 1,
    page: 1,
    pageCount: 1,
    totalPosts: 1,
    posts: [makeSummary()],
    ...overrides,
  };
}
