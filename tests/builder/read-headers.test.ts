import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHeaderState } from '../../src/builder/header-state.ts';
import { readHeaderStates } from '../../src/builder/read-headers.ts';
import { createWorkerPool } from '../../src/builder/worker-pool.ts';

const config = { origin: 'https://blog.example.com', timeZone: 'America/Los_Angeles' };
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function postText(index: number): string {
  if (index === 1_777) return `---\npost_title: [unclosed\n---\nBroken.\n`;
  return `---\nID: ${index + 1}\npost_title: Post ${index}\nauthor: A\npermalink: https://old.example.com/blog/p${index}/\npublished: true\npost_date: 2020-03-08 0${index % 10}:30:00\n---\nBody ${index}.\n`;
}

describe('readHeaderStates', () => {
  it('reads a big folder on worker threads with the same result, in order, as one by one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'folio-headers-'));
    dirs.push(dir);
    // Past the threshold at which workers start; one broken file lands in a worker's chunk.
    const files = Array.from({ length: 2_400 }, (_, index) =>
      path.join(dir, `p${String(index).padStart(5, '0')}.md`),
    );
    await Promise.all(files.map((file, index) => writeFile(file, postText(index))));

    const pool = createWorkerPool(2);
    const parallel = await readHeaderStates(files, config, pool).finally(() => pool.close());
    const serial = await Promise.all(files.map((file) => readHeaderState(file, config)));

    expect(parallel).toHaveLength(files.length);
    expect(parallel).toEqual(serial);
    const first = parallel[0];
    expect(first?.ok && first.header.title).toBe('Post 0');
    // 02:30 on 2020-03-08 does not exist in Los Angeles (clocks jump to 03:00).
    const gap = parallel[2];
    expect(gap?.ok && gap.header.date).toBe('2020-03-08T03:30:00-07:00');
    const broken = parallel[1_777];
    expect(broken?.ok).toBe(false);
    expect(broken?.ok === false && broken.errors[0]?.file).toBe(
      path.relative(process.cwd(), files[1_777] ?? ''),
    );
  });
});
