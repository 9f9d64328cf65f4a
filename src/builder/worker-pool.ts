import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CompileResult } from '../compiler/compile-post.ts';
import type { HeaderState } from './header-state.ts';
import type { CompileTask, HeaderTask, RenderTask } from './worker-tasks.ts';

/**
 * The build room's one pool of worker threads (Piscina), for the three kinds of work that
 * are worth spreading over the cores: compiling posts, reading front matter and rendering
 * pages. Each task names its function in worker-tasks.ts.
 *
 * Creating a pool starts nothing: threads start on the first task, so a small build that
 * does all its work in the main thread never pays for them. Each thread starts from a small
 * JavaScript entry that registers tsx (worker-entry.js) and costs a few hundred ms, which
 * is why callers send work here only past a size (compile-posts.ts, read-headers.ts,
 * write-output.ts).
 */
export interface WorkerPool {
  /** How many threads the pool runs at most. */
  readonly size: number;
  compile(task: CompileTask): Promise<CompileResult>;
  readHeaders(task: HeaderTask): Promise<HeaderState[]>;
  /** Resolves with the names of the files the page job wrote. */
  render(task: RenderTask): Promise<string[]>;
  /** Waits for the tasks in flight, then stops every thread. */
  close(): Promise<void>;
}

const ENTRY = new URL('./worker-entry.js', import.meta.url).href;

/** The default size: one thread per core, at most 8 (past that, memory grows, time does not). */
export function defaultPoolSize(): number {
  return Math.min(availableParallelism(), 8);
}

export function createWorkerPool(size = defaultPoolSize()): WorkerPool {
  const threads = Math.max(1, size);
  let piscina: Piscina | undefined;
  const pool = () =>
    (piscina ??= new Piscina({
      filename: ENTRY,
      minThreads: 0,
      maxThreads: threads,
      // Kept between the phases of one build (compiling, then rendering): a thread that has
      // loaded the compiler and the prerender bundle is worth keeping for a while.
      idleTimeout: 30_000,
    }));
  return {
    size: threads,
    compile: (task) => pool().run(task, { name: 'compile' }),
    readHeaders: (task) => pool().run(task, { name: 'readHeaders' }),
    render: (task) => pool().run(task, { name: 'render' }),
    async close() {
      await piscina?.close();
      piscina = undefined;
    },
  };
}
