import { Worker } from 'node:worker_threads';
import { describeJob, type PageJobRunner } from './page-files.ts';
import type { RenderJob, RenderWorkerData } from './render-worker.ts';

const WORKER_URL = new URL('./render-worker-entry.js', import.meta.url);

interface Pending {
  name: string;
  resolve(files: string[]): void;
  reject(error: Error): void;
}

/**
 * Worker threads that run page jobs in parallel (render-worker.ts). Each job goes to the
 * worker with the fewest jobs in flight; a worker starts from a small JavaScript
 * entry that registers tsx, as the compile workers do (compile-pool.ts), so it pays off for
 * big sites only (see write-site.ts).
 */
export async function createRenderPool(
  size: number,
  data: RenderWorkerData,
): Promise<PageJobRunner> {
  const pending = new Map<number, Pending>();
  const inFlight = new Map<Worker, number>();
  let nextId = 0;
  let failure: Error | undefined;

  const workers = await Promise.all(
    Array.from({ length: Math.max(1, size) }, async () => {
      const worker = new Worker(WORKER_URL, { workerData: data });
      // The bundle is loaded before the first job: a broken bundle fails here, once.
      await new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      });
      inFlight.set(worker, 0);
      worker.on('message', (message: { id: number; files?: string[]; error?: string }) => {
        inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
        const job = pending.get(message.id);
        pending.delete(message.id);
        if (message.error === undefined) job?.resolve(message.files ?? []);
        else job?.reject(new Error(`Writing ${job.name} failed: ${message.error}`));
      });
      worker.on('error', (error) => {
        failure = error;
        for (const job of pending.values()) job.reject(error);
        pending.clear();
      });
      return worker;
    }),
  );

  return {
    run(job) {
      if (failure) return Promise.reject(failure);
      const worker = workers.reduce((a, b) =>
        (inFlight.get(a) ?? 0) <= (inFlight.get(b) ?? 0) ? a : b,
      );
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { name: describeJob(job), resolve, reject });
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
        worker.postMessage({ id, job } satisfies RenderJob);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
