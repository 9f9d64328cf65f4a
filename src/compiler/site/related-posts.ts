/**
 * Related posts by shared title words (the export has no tags or categories). Titles are
 * lowercased and split into words; stopwords and words under 3 letters are dropped. Each
 * shared word scores its rarity (inverse document frequency, ln(N / posts with the word)), so
 * two posts sharing "eBPF" are closer than two sharing "monitoring".
 *
 * No pair of posts is ever compared: an inverted index maps each word to its posts, and a word
 * in more than `cap` posts (20% of the blog, at least 20 and at most 1,000 posts) is skipped as
 * too common to mean anything. A post reads its words' posting lists rarest first, up to
 * 2,000 entries in all, so finding its relations is O(cap) whatever its title, and the whole
 * blog O(N × cap), even for 100,000 posts. Ties go to the post listed first
 * (the newest, in the site's order), so the result depends only on the titles and their order.
 */

export const MAX_RELATED = 3;

const MIN_WORD_LENGTH = 3;
const MAX_CAP = 1_000;
const MIN_CAP = 20;
const CAP_SHARE = 0.2;
/** Posting entries one lookup may read: two words at the cap, or many rarer ones. */
const POSTINGS_BUDGET = 2 * MAX_CAP;

/** English function words, and words every blog title uses. */
const STOPWORDS = new Set(
  (
    'about above after again against all also and any are because been before being below ' +
    'between both but can could did does doing down during each few for from further had has ' +
    'have having her here hers herself him himself his how into its itself just more most ' +
    'not now off once only other our ours ourselves out over own same she should some such ' +
    'than that the their theirs them themselves then there these they this those through too ' +
    'under until very was were what when where which while who whom why will with would you ' +
    'your yours yourself yourselves get gets got new use using used way ways part one two ' +
    'three vs via'
  ).split(' '),
);

/** The distinct words of a title that can relate it to others, in title order. */
export function titleWords(title: string): string[] {
  const words = title
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= MIN_WORD_LENGTH && !STOPWORDS.has(word));
  return [...new Set(words)];
}

/** Posts a word may appear in before it is ignored. */
export function wordCap(postCount: number): number {
  return Math.min(MAX_CAP, Math.max(MIN_CAP, Math.floor(postCount * CAP_SHARE)));
}

export interface RelatedIndex {
  /** Indexes (into the titles given) of up to `MAX_RELATED` related posts, best first. */
  relatedTo(index: number): number[];
}

/** Indexes the titles once (O(N)); each lookup then costs O(words × cap). */
export function createRelatedIndex(
  titles: readonly string[],
  options: { cap?: number; limit?: number; budget?: number } = {},
): RelatedIndex {
  const cap = options.cap ?? wordCap(titles.length);
  const budget = options.budget ?? Math.max(cap, POSTINGS_BUDGET);
  const limit = options.limit ?? MAX_RELATED;
  const wordsOf = titles.map(titleWords);
  const postings = new Map<string, number[]>();
  wordsOf.forEach((words, index) => {
    for (const word of words) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  const total = titles.length;
  // One score slot per post, reused by every lookup: only the posts a lookup touched are
  // read and reset, so a lookup costs what its words' posting lists hold, never O(N).
  const scores = new Float64Array(total);
  const touched: number[] = [];

  return {
    relatedTo(index) {
      // Rarest words first (they weigh most); ties by spelling, so the order is fixed.
      const usable = (wordsOf[index] ?? [])
        .flatMap((word) => {
          const posts = postings.get(word);
          // A word of one post relates nothing; a word of too many is noise and costs O(N).
          return posts !== undefined && posts.length >= 2 && posts.length <= cap
            ? [{ word, posts }]
            : [];
        })
        .sort((a, b) => a.posts.length - b.posts.length || (a.word < b.word ? -1 : 1));
      let scanned = 0;
      for (const { posts } of usable) {
        // The commonest words of a long title are left out once the budget is spent.
        scanned += posts.length;
        if (scanned > budget) break;
        const weight = Math.log(total / posts.length);
        if (weight <= 0) continue; // in every post: says nothing
        for (const other of posts) {
          if (other === index) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other] = (scores[other] ?? 0) + weight;
        }
      }
      const top = best(touched, scores, limit);
      for (const other of touched) scores[other] = 0;
      touched.length = 0;
      return top;
    },
  };
}

/** The `limit` highest scores, ties to the lower index. */
function best(candidates: readonly number[], scores: Float64Array, limit: number): number[] {
  const top: [number, number][] = [];
  for (const index of candidates) {
    const entry: [number, number] = [index, scores[index] ?? 0];
    let at = top.length;
    while (at > 0 && ranksBefore(entry, top[at - 1])) at--;
    if (at >= limit) continue;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map(([index]) => index);
}

function ranksBefore(a: [number, number], b: [number, number] | undefined): boolean {
  if (b === undefined) return false;
  return a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
}
