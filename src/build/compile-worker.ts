import { parentPort } from 'node:worker_threads';
import { compilePost, type CompileInput } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import { leanResult, storeEntry } from './compile-cache.ts';

/**
 * A compile worker (see compile-pool.ts): compiles the posts it is sent, stores each result
 * in the compile cache itself (so serializing and writing are spread over the cores too) and
 * sends the result back (lean when asked, see post-bodies.ts).
 */
export interface CompileJob extends CompileInput {
  id: number;
  config: CompilerConfig;
  /** Cache entry to write, or null to skip the cache. */
  cacheFile: string | null;
  /** Send back a lean result once it is in the cache (post-bodies.ts). */
  lean: boolean;
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
  const { id, file, text, warnings, config, cacheFile, lean } = message;
  void compilePost({ file, text, warnings }, config)
    .then(async (result) => {
      if (cacheFile === null) return port.postMessage({ id, result });
      await storeEntry(cacheFile, result);
      // Copying bodies across threads only to drop them costs time and memory.
      port.postMessage({ id, result: lean ? leanResult(result) : result });
    })
    .catch((error: unknown) => {
      port.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
    });
});
