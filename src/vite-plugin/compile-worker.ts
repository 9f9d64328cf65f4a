import { parentPort } from 'node:worker_threads';
import { compilePost } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import { writeEntry } from './compile-cache.ts';

/**
 * A compile worker (see compile-pool.ts): compiles the posts it is sent, stores each result
 * in the compile cache itself (so serializing and writing are spread over the cores too) and
 * sends the result back.
 */
export interface CompileJob {
  id: number;
  file: string;
  text: string;
  config: CompilerConfig;
  /** Cache entry to write, or null to skip the cache. */
  cacheFile: string | null;
}

function isCompileJob(value: unknown): value is CompileJob {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'number' &&
    'file' in value &&
    typeof value.file === 'string' &&
    'text' in value &&
    typeof value.text === 'string'
  );
}

const port = parentPort;
if (port === null) throw new Error('compile-worker.ts runs as a worker thread only');
port.on('message', (message: unknown) => {
  if (!isCompileJob(message)) return;
  const { id, file, text, config, cacheFile } = message;
  void compilePost({ file, text }, config)
    .then(async (result) => {
      if (cacheFile !== null) await writeEntry(cacheFile, JSON.stringify(result));
      port.postMessage({ id, result });
    })
    .catch((error: unknown) => {
      port.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
    });
});
