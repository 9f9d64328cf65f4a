/**
 * Writes N synthetic posts in the WordPress <--> GitHub Sync export format, for benchmarks:
 * ~1,200-word bodies with links, `{#id}` headings, a list, code, an image and a tweet box.
 * Deterministic (seeded), so two runs write the same files.
 *
 *   npx tsx scripts/generate-posts.ts --count 1000 --out /tmp/posts-1000
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const WORDS = (
  'container kernel latency cluster metrics tracing syscall network storage service ' +
  'deploy monitor alert dashboard process memory thread socket packet request response ' +
  'throughput scale node pod scheduler volume image registry runtime security policy audit ' +
  'event stream query index cache buffer queue worker agent probe sample histogram'
).split(' ');
const AUTHORS = [
  'Ada Lovelace',
  'Grace Hopper',
  'Linus Torvalds',
  'Barbara Liskov',
  'Ken Thompson',
];

/** mulberry32: a tiny seeded PRNG, so benchmarks compare like with like. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePost(index: number): { name: string; text: string } {
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const text = words(8 + Math.floor(next() * 12));
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, sentence).join(' ');

  const title = `${sentence().split(' ').slice(0, 6).join(' ').replace(/\.$/, '')} ${index}`;
  // Slugs are predictable so that links between generated posts resolve.
  const slug = `post-${index}`;
  // One post an hour from 2010 on: 100,000 posts end in 2021, all of them in the past (a
  // future date would make a post scheduled, left out of the build).
  const date = new Date(Date.UTC(2010, 0, 1) + index * 3_600_000);
  const stamp = date.toISOString().replace('T', ' ').slice(0, 19);
  const day = stamp.slice(0, 10);
  const other = Math.max(0, index - 1);

  const sections = Array.from({ length: 4 }, (_, n) => {
    const heading = `${sentence().slice(0, -1)}`;
    const id = `${heading.toLowerCase().replace(/[^a-z0-9]/g, '')}${n}`;
    return [
      `## ${heading} {#${id}}`,
      paragraph(),
      `${paragraph()} See [the previous post](https://old.example.com/blog/post-${other}/) and [the docs](https://docs.example.com/${pick(WORDS)}).`,
      paragraph(),
    ].join('\n\n');
  });
  const body = [
    paragraph(),
    paragraph(),
    sections[0],
    `- ${sentence()}\n- ${sentence()}\n- ${sentence()}`,
    '```bash\n$ sysdig -c topprocs_cpu\n$ kubectl get pods --all-namespaces\n```',
    sections[1],
    `<img class="aligncenter size-large" src="https://old.example.com/wp-content/uploads/2017/01/figure-${index}.png" alt="${words(3)}" width="1024" height="576" />`,
    `[tweet_box design="default" float="none"]${sentence()}[/tweet_box]`,
    sections[2],
    sections[3],
    paragraph(),
  ].join('\n\n');

  const text = `---
ID: ${index + 1}
post_title: ${title}
author: ${pick(AUTHORS)}
post_excerpt: ""
layout: post
permalink: >
  https://old.example.com/blog/${slug}/
published: true
post_date: ${stamp}
---
${body}
`;
  return { name: `${day}-${slug}.md`, text };
}

/** Writes posts 0..count-1 into `dir` (emptied first). */
export async function writePosts(count: number, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const batch: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const { name, text } = generatePost(index);
    batch.push(writeFile(path.join(dir, name), text));
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, out: { type: 'string' } },
  });
  const count = Number(values.count);
  const out = values.out ?? `/tmp/folio-posts-${count}`;
  await writePosts(count, out);
  console.log(`wrote ${count} posts to ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
