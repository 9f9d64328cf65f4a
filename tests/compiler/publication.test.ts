import { describe, expect, it } from 'vitest';
import { isPublic } from '../../src/compiler/publication.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const post = {
  id: 1,
  title: 'T',
  path: normalizePostPath('/t/'),
  author: 'A',
  excerpt: '',
  draft: false,
  date: '2020-01-01T10:00:00-08:00',
};

describe('isPublic', () => {
  const now = Date.parse('2020-01-01T18:00:00Z'); // exactly the post's instant

  it('publishes a post dated now or earlier', () => {
    expect(isPublic(post, now)).toBe(true);
  });
  it('holds back a post dated even a second later (scheduled)', () => {
    expect(isPublic(post, now - 1000)).toBe(false);
  });
  it('holds back a draft whatever its date', () => {
    expect(isPublic({ ...post, draft: true }, now + 1e12)).toBe(false);
  });
});
