import { editDistance } from './edit-distance.ts';

/** How alike two slugs must be (0 to 1) for the 404 page to offer one. */
const THRESHOLD = 0.6;

/** Segments that name no post: extensions and WordPress's per-post feeds and pages. */
const NOISE = new Set(['index', 'feed', 'amp', 'embed', 'page', 'comments', 'trackback']);

/**
 * The meaningful last segments of a path, lower case: `/2016/04/my-post.html/amp/` →
 * `['my-post']`. Numbers (dates, page numbers) and WordPress's endings are skipped.
 */
export function slugsOf(path: string): string[] {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is compared as written.
  }
  return decoded
    .replace(/[?#].*$/s, '')
    .toLowerCase()
    .split('/')
    .map((segment) => segment.replace(/\.(html?|php)$/, ''))
    .filter((segment) => segment !== '' && !/^\d+$/.test(segment) && !NOISE.has(segment))
    .slice(-2);
}

/** The words of the missing path's slug, for the search box: `/blog/falco-rulez/` → "falco rulez". */
export function slugWords(path: string): string {
  const slug = slugsOf(path).at(-1) ?? '';
  return tokens(slug).join(' ');
}

function tokens(slug: string): string[] {
  return slug.split(/[-_+.\s]+/).filter((token) => token !== '');
}

/**
 * 0 (unrelated) to 1 (same): the best of the spelling similarity (edit distance over the
 * longer length: catches typos), the share of words in common (catches reordered or dropped
 * words) and a cut-off slug (a truncated link). Cheap enough to compare against every post of a large blog:
 * pairs whose lengths alone rule out the threshold skip the edit distance.
 */
export function slugSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const wordsA = new Set(tokens(a));
  const wordsB = new Set(tokens(b));
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  const union = new Set([...wordsA, ...wordsB]).size;
  const wordScore = union === 0 ? 0 : shared / union;
  const lengthBound = 1 - Math.abs(a.length - b.length) / longer;
  const spelling = lengthBound < THRESHOLD ? 0 : 1 - editDistance(a, b) / longer;
  return Math.max(wordScore, spelling, cutOff(a, b));
}

/**
 * A link cut short when it was shared (or one with a `-2` added) starts like the real slug:
 * that is close, once the common beginning is long enough to mean something (two whole words).
 */
function cutOff(a: string, b: string): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const whole = longer.startsWith(shorter) && /^[-_+.]/.test(longer.slice(shorter.length));
  return whole && tokens(shorter).length >= 2 ? 0.8 : 0;
}

/**
 * Up to `limit` permalinks whose slug is closest to the missing path's last segments, best
 * first; none when nothing is close enough.
 */
export function closestPaths<P extends string>(
  missing: string,
  paths: readonly P[],
  limit = 5,
): P[] {
  const wanted = slugsOf(missing);
  if (wanted.length === 0) return [];
  const scored: { path: P; score: number }[] = [];
  for (const path of paths) {
    const slug = slugsOf(path).at(-1);
    if (slug === undefined) continue;
    const score = Math.max(...wanted.map((segment) => slugSimilarity(segment, slug)));
    if (score >= THRESHOLD) scored.push({ path, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : 1));
  return scored.slice(0, limit).map(({ path }) => path);
}
