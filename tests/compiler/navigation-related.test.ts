import { describe, expect, it } from 'vitest';
import { createRelatedIndex, titleWords, wordCap } from '../../src/compiler/site/related-posts.ts';

const related = (titles: string[], index: number, cap?: number) =>
  createRelatedIndex(titles, cap === undefined ? {} : { cap })
    .relatedTo(index)
    .map((other) => titles[other]);

describe('related posts by title words', () => {
  it('ranks a shared rare word above a shared common one', () => {
    const titles = [
      'Kubernetes tracing with eBPF',
      'Kubernetes monitoring basics',
      'Kubernetes networking',
      'eBPF maps',
      'Kubernetes security',
      'Cooking pasta',
    ];
    expect(related(titles, 0)).toEqual([
      'eBPF maps',
      'Kubernetes monitoring basics',
      'Kubernetes networking',
    ]);
  });

  it('ignores stopwords and words under three letters', () => {
    expect(titleWords('How to do it: The Art of War, in 10 steps')).toEqual([
      'art',
      'war',
      'steps',
    ]);
    expect(related(['How to do it', 'How to be it', 'Why we do it'], 0)).toEqual([]);
  });

  it('folds case and width, and splits on punctuation', () => {
    expect(titleWords('DOCKER—Compose／ＤＯＣＫＥＲ')).toEqual(['docker', 'compose']);
  });

  it('skips words in more posts than the cap', () => {
    const titles = ['Docker alpha', 'Docker beta', 'Docker gamma', 'Other alpha'];
    // "docker" is in 3 posts: over a cap of 2 it relates nothing; "alpha" still does.
    expect(related(titles, 0, 2)).toEqual(['Other alpha']);
    expect(related(titles, 1, 2)).toEqual([]);
    expect(related(titles, 1, 3)).toEqual(['Docker alpha', 'Docker gamma']);
  });

  it('reads the rarest words first, within a budget of posting entries per post', () => {
    const titles = ['Rare common', 'Rare thing', 'Common one', 'Common two', 'Other'];
    const index = (budget: number) =>
      createRelatedIndex(titles, { budget })
        .relatedTo(0)
        .map((other) => titles[other]);
    // "rare" is in 2 titles, "common" in 3: a budget of 4 entries reads "rare" only.
    expect(index(4)).toEqual(['Rare thing']);
    expect(index(5)).toEqual(['Rare thing', 'Common one', 'Common two']);
  });

  it('caps words at 20% of posts, between 20 and 1,000', () => {
    expect(wordCap(13)).toBe(20);
    expect(wordCap(1_000)).toBe(200);
    expect(wordCap(100_000)).toBe(1_000);
  });

  it('a word common to a large blog relates nothing, so no post scans it', () => {
    const titles = Array.from({ length: 5_000 }, (_, i) => `Docker release ${1_000 + i}`);
    titles.push('Docker release 1007 notes');
    // "docker" and "release" are in every title: over the cap (1,000) they are skipped, and
    // only the number shared with one post is left.
    expect(related(titles, 5_000)).toEqual(['Docker release 1007']);
  });

  it('is deterministic: equal scores go to the post listed first, at most three', () => {
    const titles = [
      'Zebra facts',
      'Zebra habitats',
      'Zebra diets',
      'Zebra stripes',
      'Zebra',
      'Cooking pasta',
    ];
    expect(related(titles, 4)).toEqual(['Zebra facts', 'Zebra habitats', 'Zebra diets']);
    expect(related(titles, 0)).toEqual(['Zebra habitats', 'Zebra diets', 'Zebra stripes']);
    expect(related([...titles], 4)).toEqual(related(titles, 4));
  });

  it('a word in every post weighs nothing, and a post is never its own relation', () => {
    expect(related(['Docker tips', 'Docker tricks'], 0)).toEqual([]);
    expect(related(['Solo'], 0)).toEqual([]);
  });
});
