import { Worker } from 'node:worker_threads';
import type { CompileInput, CompileResult } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import type { CompileJob } from './compile-worker.ts';

/**
 * Worker threads that compile posts in parallel, one post at a time each, fed from one queue.
 *
 * The plugin runs inside Vite's bundled config on plain Node, which cannot load the
 * compiler's TypeScript: each worker starts from a small JavaScript entry that registers
 * tsx's loader (a dev dependency already used by `npm run build`) and imports the TypeScript. Bundling a worker entry instead would mean a
 * build step before every build; tsx costs a few hundred ms per worker, which is why small
 * batches are compiled in the main thread (see compile-posts.ts).
 */
export interface CompilePool {
  compile(input: CompileInput, cacheFile: string | null): Promise<CompileResult>;
  close(): Promise<void>;
}

interface Pending {
  resolve(result: CompileResult): void;
  reject(error: Error): void;
}

const WORKER_URL = new URL('./compile-worker-entry.js', import.meta.url);

export function createCompilePool(
  size: number,
  config: CompilerConfig,
  options: { lean: boolean } = { lean: false },
): CompilePool {
  const queue: CompileJob[] = [];
  const pending = new Map<number, Pending>();
  const idle: Worker[] = [];
  let nextId = 0;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop();
      const job = queue.shift();
      if (worker && job) worker.postMessage(job);
    }
  };

  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(WORKER_URL);
    worker.on('message', (message: unknown) => {
      idle.push(worker);
      settle(message);
      dispatch();
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    idle.push(worker);
    return worker;
  });

  function settle(message: unknown): void {
    if (typeof message !== 'object' || message === null || !('id' in message)) return;
    const job = typeof message.id === 'number' ? pending.get(message.id) : undefined;
    if (job === undefined || typeof message.id !== 'number') return;
    pending.delete(message.id);
    if ('result' in message && isResult(message.result)) job.resolve(message.result);
    else
      job.reject(
        new Error(
          `A compile worker failed: ${'error' in message ? String(message.error) : 'no result'}`,
        ),
      );
  }

  return {
    compile(input, cacheFile) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ ...input, id, config, cacheFile, lean: options.lean });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** The worker sends back what compilePost returned; this guards against anything else. */
function isResult(value: unknown): value is CompileResult {
  return typeof value === 'object' && value !== null && 'ok' in value && 'warnings' in value;
}
