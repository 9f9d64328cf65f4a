/**
 * Site navigation at scale (`npx tsx scripts/bench-navigation.ts`): how long related posts,
 * previous/next and every listing page take for N posts' headers, and how long the dev store
 * takes to list 10,000 posts and answer the pages that need the listings.
 *
 *   npx tsx scripts/bench-navigation.ts --count 10000 --count 100000 --dev-count 10000
 *
 * (`--dev-count 0` skips the dev store.)
 *
 * Titles come from scripts/generate-posts.ts (its words are common: in ~12% of titles each),
 * and from a "worst case" vocabulary sized so that every title word sits just under the cap
 * of posts per word (related-posts.ts), where the work per post is largest.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readPostHeader } from '../src/compiler/post-header.ts';
import { newestFirst, summarize } from '../src/compiler/site-outputs.ts';
import { listingPages } from '../src/compiler/site/listings.ts';
import { postNavigation } from '../src/compiler/site/post-navigation.ts';
import { wordCap } from '../src/compiler/site/related-posts.ts';
import {
  ARCHIVE_INDEX_FILE,
  authorPageFile,
  indexPageFile,
  postDataFile,
} from '../src/content/data-paths.ts';
import { normalizePostPath, type PostPath } from '../src/content/post-path.ts';
import { createPostStore } from '../src/builder/post-store.ts';
import { generatePost, writePosts } from './generate-posts.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', multiple: true }, 'dev-count': { type: 'string' } },
});
const counts = (values.count ?? ['10000', '100000']).map(Number);
const devCount = Number(values['dev-count'] ?? 10_000);
const config = { origin: 'https://blog.example.com', timeZone: 'UTC' };

const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`;

interface Header {
  title: string;
  path: PostPath;
  date: string;
  author: string;
  source: string;
}

function generatedHeaders(count: number): Header[] {
  const headers: Header[] = [];
  for (let index = 0; index < count; index++) {
    const { name, text } = generatePost(index);
    const read = readPostHeader({ file: name, text }, config);
    if (read.ok) headers.push(read.header);
  }
  return headers;
}

/** Six words per title from a vocabulary where each word is in just under `cap` titles. */
function worstCaseTitles(headers: Header[]): Header[] {
  const cap = wordCap(headers.length);
  const vocabulary = Math.ceil((headers.length * 6) / (cap - 1));
  return headers.map((header, index) => ({
    ...header,
    title: Array.from({ length: 6 }, (_, k) => `w${(index * 6 + k) % vocabulary}x`).join(' '),
  }));
}

function measure(label: string, headers: Header[]): void {
  const ordered = [...headers].sort(newestFirst);
  let started = performance.now();
  const navAt = postNavigation(ordered);
  const indexed = ms(started);
  started = performance.now();
  let links = 0;
  for (let index = 0; index < ordered.length; index++) links += navAt(index).related.length;
  const related = ms(started);
  started = performance.now();
  const summaries = ordered.map((header) =>
    summarize({ ...header, id: null, excerpt: '', draft: false }),
  );
  const pages = listingPages(summaries, 10);
  console.log(
    `${label}: ${ordered.length} posts, index ${indexed}, nav + related for all ${related} ` +
      `(${(links / ordered.length).toFixed(2)} related/post), ${pages.length} listing pages ${ms(started)}`,
  );
}

for (const count of counts) {
  const started = performance.now();
  const headers = generatedHeaders(count);
  console.log(`(generated ${count} headers in ${ms(started)})`);
  measure('generated titles', headers);
  measure('worst-case titles', worstCaseTitles(headers));
}

// The dev store: start-up reads headers only; the first listing request builds every listing.
if (devCount > 0) await measureDevStore(devCount);

async function measureDevStore(count: number): Promise<void> {
  const postsDir = await mkdtemp(path.join(tmpdir(), 'folio-bench-nav-'));
  try {
    await writePosts(count, postsDir);
    const store = createPostStore({ postsDir, compiler: config, pageSize: 10 });
    let started = performance.now();
    await store.loadAll();
    console.log(`dev store, ${count} posts: headers read in ${ms(started)}`);
    started = performance.now();
    await store.dataFile(ARCHIVE_INDEX_FILE);
    console.log(`  first listing (archive index, builds every listing) ${ms(started)}`);
    started = performance.now();
    await store.dataFile(indexPageFile(1));
    console.log(`  index page 1 (compiles its 10 posts) ${ms(started)}`);
    started = performance.now();
    await store.dataFile(authorPageFile('ada-lovelace', 1));
    console.log(`  author page 1 (compiles its 10 posts) ${ms(started)}`);
    started = performance.now();
    await store.dataFile(postDataFile(normalizePostPath('/blog/post-5000/')));
    console.log(`  a post with its nav and related (compiles 1 post) ${ms(started)}`);
  } finally {
    await rm(postsDir, { recursive: true, force: true });
  }
}
