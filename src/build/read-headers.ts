import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import { readPostHeader, type HeaderResult } from '../compiler/post-header.ts';
import { readPostFile } from '../compiler/read-posts.ts';
import type { HeaderState } from './header-cache.ts';

/** Files handed out at a time: small enough to balance, large enough that messages are few. */
const CHUNK = 250;
/**
 * Below this many files one thread is done before a worker has started (each loads tsx, a few
 * hundred ms), so the work stays here.
 */
const PARALLEL_THRESHOLD = 2_000;

const WORKER_URL = new URL('./header-worker-entry.js', import.meta.url);

/** Reads one post file and checks its front matter: what the dev server keeps per post. */
export async function readHeaderState(file: string, config: CompilerConfig): Promise<HeaderState> {
  return headerStateOf(readPostHeader(await readPostFile(file), config));
}

/** What the dev server keeps of a header result: its body is read again when needed. */
export function headerStateOf(result: HeaderResult): HeaderState {
  return result.ok
    ? { ok: true, header: result.header, warnings: result.warnings }
    : { ok: false, errors: result.errors, warnings: result.warnings };
}

/**
 * The front matter of many files, in their order. A big blog's cold start is mostly YAML
 * parsing, so past a few thousand files worker threads take chunks from the same queue as
 * this thread (which starts at once, while the workers load): 10,000 posts take about half
 * as long on two cores.
 */
export async function readHeaderStates(
  files: readonly string[],
  config: CompilerConfig,
  options: { workers?: number } = {},
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

  const workerCount =
    files.length < PARALLEL_THRESHOLD
      ? 0
      : Math.max(0, options.workers ?? availableParallelism() - 1);
  const helpers = Array.from({ length: workerCount }, () => runWorker(files, config, take, store));
  for (let range = take(); range; range = take()) {
    const [start, end] = range;
    const chunk: HeaderState[] = [];
    for (let index = start; index < end; index++) {
      const file = files[index];
      if (file !== undefined) chunk.push(await readHeaderState(file, config));
    }
    store(start, chunk);
    // Lets the workers' results in while this thread keeps taking chunks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(helpers);
  return states;
}

/** One worker taking chunks until the queue is empty. A failed worker's chunk is read here. */
async function runWorker(
  files: readonly string[],
  config: CompilerConfig,
  take: () => [number, number] | undefined,
  store: (start: number, chunk: HeaderState[]) => void,
): Promise<void> {
  const worker = new Worker(WORKER_URL);
  let current: [number, number] | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = () => {
        current = take();
        if (current === undefined) resolve();
        else worker.postMessage({ files: files.slice(...current), config });
      };
      worker.on('message', (message: unknown) => {
        // The first message says the worker has loaded (slow with tsx): only then does it
        // take a chunk, so it never holds one this thread could have read meanwhile.
        if (current !== undefined && isHeaderStates(message)) store(current[0], message);
        send();
      });
      worker.on('error', reject);
    });
  } catch {
    const lost = current;
    if (lost !== undefined) {
      const chunk: HeaderState[] = [];
      for (const file of files.slice(...lost)) chunk.push(await readHeaderState(file, config));
      store(lost[0], chunk);
    }
  } finally {
    await worker.terminate();
  }
}

/** Sent by header-worker.ts from readHeaderState (same code, structurally cloned). */
function isHeaderStates(message: unknown): message is HeaderState[] {
  return (
    Array.isArray(message) &&
    message.every(
      (state: unknown) =>
        typeof state === 'object' &&
        state !== null &&
        'ok' in state &&
        typeof state.ok === 'boolean',
    )
  );
}
