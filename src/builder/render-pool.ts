import { describeJob, type PageJobRunner } from './page-files.ts';
import type { WorkerPool } from './worker-pool.ts';
import type { RenderSetup } from './worker-tasks.ts';

/**
 * Runs page jobs on the pool's threads (worker-tasks.ts `render`), each thread rendering and
 * writing its pages itself. A failed job names its page and source file; the others go on.
 * Closing it leaves the pool to its owner.
 */
export function createPooledRunner(pool: WorkerPool, setup: RenderSetup): PageJobRunner {
  return {
    async run(job) {
      try {
        return await pool.render({ setup, job });
      } catch (error) {
        throw new Error(`Writing ${describeJob(job)} failed: ${String(error)}`, { cause: error });
      }
    },
    close: () => Promise.resolve(),
  };
}
