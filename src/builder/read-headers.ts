import type { CompilerConfig } from '../compiler/compiler-config.ts';
import { readHeaderState, type HeaderState } from './header-state.ts';
import type { WorkerPool } from './worker-pool.ts';

/** Files handed out at a time: small enough to balance, large enough that messages are few. */
const CHUNK = 250;
/**
 * Below this many files one thread is done before a worker has started (each loads tsx, a few
 * hundred ms), so the work stays here.
 */
const PARALLEL_THRESHOLD = 2_000;

/**
 * The front matter of many files, in their order. A big blog's cold start is mostly YAML
 * parsing, so past a few thousand files the pool's threads take chunks from the same queue
 * as this thread (which starts at once, while the threads load): 10,000 posts take about
 * half as long on two cores. Without a pool, or below the threshold, it is all read here.
 */
export async function readHeaderStates(
  files: readonly string[],
  config: CompilerConfig,
  pool?: WorkerPool,
): Promise<HeaderState[]> {
  const states: HeaderState[] = new Array<HeaderState>(files.length);
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + CHUNK);
    return [start, next];
  };
  const store = (start: number, chunk: HeaderState[]) => {
    chunk.forEach((state, offset) => (states[start + offset] = state));
  };
  const readHere = async ([start, end]: [number, number]) => {
    const chunk: HeaderState[] = [];
    for (const file of files.slice(start, end)) chunk.push(await readHeaderState(file, config));
    store(start, chunk);
  };

  // The main thread is one reader of the queue; each pool thread but one more.
  const helpers =
    pool === undefined || files.length < PARALLEL_THRESHOLD
      ? []
      : Array.from({ length: Math.max(0, pool.size - 1) }, () =>
          readOnPool(pool, { files, config }, take, store, readHere),
        );
  for (let range = take(); range; range = take()) {
    await readHere(range);
    // Lets the threads' results in while this thread keeps taking chunks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(helpers);
  return states;
}

/**
 * One pool thread taking chunks until the queue is empty. It asks for its first chunk only
 * once a thread has loaded (an empty task answers then), so it never holds one this thread
 * could have read meanwhile. A failed chunk is read here.
 */
async function readOnPool(
  pool: WorkerPool,
  { files, config }: { files: readonly string[]; config: CompilerConfig },
  take: () => [number, number] | undefined,
  store: (start: number, chunk: HeaderState[]) => void,
  readHere: (range: [number, number]) => Promise<void>,
): Promise<void> {
  try {
    await pool.readHeaders({ files: [], config });
  } catch {
    return;
  }
  for (let range = take(); range; range = take()) {
    try {
      store(range[0], await pool.readHeaders({ files: files.slice(...range), config }));
    } catch {
      await readHere(range);
    }
  }
}
