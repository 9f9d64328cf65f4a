import { editDistance } from './edit-distance.ts';
import { searchFragmentFile } from '../../content/search-paths.ts';
import {
  FRAGMENT_POSTS,
  searchTerms,
  type Postings,
  type SearchManifest,
  type SearchPost,
} from '../../content/search-schema.ts';

/** A chunk's terms as loaded: `[term, postings]` in term order (search-schema.ts). */
export type ChunkTerms = readonly (readonly [string, Postings])[];

/** One word of a query, and how loosely it may match. */
interface QueryWord {
  word: string;
  /** It may be the start of a longer term. */
  prefix: boolean;
  /** Edits (letters added, dropped or changed) a term may differ by; 0 for none. */
  typos: number;
  /** Indexes of the manifest's chunks that hold its matches, consecutive. */
  chunks: number[];
}

/** What a query needs: its words, and the chunk files that hold their terms. */
export interface QueryPlan {
  words: QueryWord[];
  files: string[];
}

/** A post that matches, by its number in the index, with the terms that matched it. */
export interface RankedPost {
  post: number;
  /** Terms of the post that matched (after prefix and typo expansion), for highlighting. */
  terms: string[];
  score: number;
}

/** A result as shown: the post's listing and snippet text, and the terms to mark in them. */
export interface SearchHit {
  post: SearchPost;
  terms: string[];
}

/**
 * Chunks a prefix may reach past its own: a word of three letters ("kub") may start terms in a
 * few chunks, a shorter one in many, and a reader should not download a tenth of the index
 * for a letter they just typed.
 */
const MAX_PREFIX_CHUNKS = 4;

/** A single letter being typed starts too many terms to be worth their chunks. */
const MIN_PREFIX = 2;

/** How a looser match counts against an exact one (MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;

/**
 * The words of `query` and the chunks they need. Search as you type: the last word is a
 * prefix from its second letter (it is still being typed), as is any word longer than three
 * letters; words of five letters or more forgive a typo (one per five letters), found among
 * the terms of the word's own chunk, which holds every term that shares its first three
 * letters unless those alone fill four chunks (search-index.ts).
 */
export function planQuery(manifest: SearchManifest, query: string): QueryPlan {
  const terms = searchTerms(query);
  const words = terms.map((word, index): QueryWord => {
    const prefix = (index === terms.length - 1 && word.length >= MIN_PREFIX) || word.length > 3;
    return {
      word,
      prefix,
      typos: word.length > 4 ? Math.round(word.length * 0.2) : 0,
      chunks: chunksFor(manifest.chunks, word, prefix),
    };
  });
  const indexes = [...new Set(words.flatMap(({ chunks }) => chunks))].sort((a, b) => a - b);
  return { words, files: indexes.flatMap((i) => manifest.chunks[i]?.file ?? []) };
}

/** The chunk whose range holds `word`, and for a prefix the chunks after it that it starts. */
function chunksFor(chunks: SearchManifest['chunks'], word: string, prefix: boolean): number[] {
  let low = 0;
  let high = chunks.length;
  // The last chunk whose first term is at most `word`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((chunks[middle]?.first ?? '') <= word) low = middle + 1;
    else high = middle;
  }
  const own = low - 1;
  if (own < 0) return [];
  const found = [own];
  for (let next = own + 1; prefix && found.length <= MAX_PREFIX_CHUNKS; next++) {
    if (!(chunks[next]?.first.startsWith(word) ?? false)) break;
    found.push(next);
  }
  return found;
}

/**
 * Every post matching the planned query, best first, from the chunks it names (`loaded`, by
 * file; missing ones count as empty). A post's score adds, for each matched term, the BM25
 * weight the build stored times the term's rarity across the blog, less for prefix and typo
 * matches. Every word must match; when that finds nothing, any word may.
 */
export function rankPosts(
  manifest: SearchManifest,
  plan: QueryPlan,
  loaded: ReadonlyMap<string, ChunkTerms>,
): RankedPost[] {
  const total = manifest.parts.reduce((sum, part) => sum + part.posts, 0);
  const perWord = plan.words.map((word) => {
    const terms = word.chunks.flatMap((i) => {
      const file = manifest.chunks[i]?.file;
      return file === undefined ? [] : (loaded.get(file) ?? []);
    });
    return scoreWord(word, terms, total);
  });
  if (perWord.length === 0) return [];
  const all = combine(perWord, 'all');
  const ranked = all.size > 0 ? all : combine(perWord, 'any');
  return [...ranked]
    .map(([post, { score, terms }]) => ({ post, score, terms: [...terms] }))
    .sort((a, b) => b.score - a.score || a.post - b.post);
}

type Scores = Map<number, { score: number; terms: Set<string> }>;

/** The posts one word matches, with their scores and the terms that matched them. */
function scoreWord(word: QueryWord, terms: ChunkTerms, total: number): Scores {
  const scores: Scores = new Map();
  for (const [term, postings] of terms) {
    const weight = matchWeight(word, term);
    if (weight === 0) continue;
    const count = postings.length / 2;
    const rarity = Math.log(1 + (total - count + 0.5) / (count + 0.5));
    let post = 0;
    for (let i = 0; i < postings.length; i += 2) {
      post += postings[i] ?? 0;
      const score = (rarity * weight * (postings[i + 1] ?? 0)) / 100;
      const entry = scores.get(post);
      if (entry === undefined) scores.set(post, { score, terms: new Set([term]) });
      else {
        entry.score += score;
        entry.terms.add(term);
      }
    }
  }
  return scores;
}

/** 1 for the word itself, less for a longer term it starts or one a typo away, else 0. */
function matchWeight({ word, prefix, typos }: QueryWord, term: string): number {
  if (term === word) return 1;
  let weight = 0;
  if (prefix && term.startsWith(word)) {
    const extra = term.length - word.length;
    weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra);
  }
  if (typos > 0 && Math.abs(term.length - word.length) <= typos) {
    const distance = editDistance(word, term, typos);
    if (distance <= typos) {
      weight = Math.max(weight, (TYPO_WEIGHT * term.length) / (term.length + distance));
    }
  }
  return weight;
}

/** The posts in every word's matches (`all`) or in any (`any`), scores and terms added up. */
function combine(perWord: readonly Scores[], mode: 'all' | 'any'): Scores {
  const result: Scores = new Map();
  perWord.forEach((scores, index) => {
    for (const [post, { score, terms }] of scores) {
      const entry = result.get(post);
      if (entry !== undefined) {
        entry.score += score;
        for (const term of terms) entry.terms.add(term);
      } else if (mode === 'any' || index === 0) {
        result.set(post, { score, terms: new Set(terms) });
      }
    }
    if (mode === 'all') {
      for (const post of result.keys()) if (!scores.has(post)) result.delete(post);
    }
  });
  return result;
}

/** Where post number `post` is shown from: its fragment file and its place in it. */
export function fragmentOf(
  manifest: SearchManifest,
  post: number,
): { file: string; index: number } | undefined {
  let start = 0;
  for (const part of manifest.parts) {
    if (post < start + part.posts) {
      const local = post - start;
      return {
        file: searchFragmentFile(part.name, Math.floor(local / FRAGMENT_POSTS)),
        index: local % FRAGMENT_POSTS,
      };
    }
    start += part.posts;
  }
  return undefined;
}
