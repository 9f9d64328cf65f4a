import { parentPort } from 'node:worker_threads';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import type { HeaderState } from './header-cache.ts';
import { readHeaderState } from './read-headers.ts';

/**
 * A header worker (see read-headers.ts): says 'ready' once loaded, then reads the front matter
 * of each chunk of files it is sent and sends back their states, in order.
 */
interface HeaderJob {
  files: string[];
  config: CompilerConfig;
}

function isHeaderJob(value: unknown): value is HeaderJob {
  return (
    typeof value === 'object' &&
    value !== null &&
    'files' in value &&
    Array.isArray(value.files) &&
    value.files.every((file) => typeof file === 'string') &&
    'config' in value &&
    typeof value.config === 'object'
  );
}

const port = parentPort;
if (port === null) throw new Error('header-worker.ts runs as a worker thread only');
port.on('message', (message: unknown) => {
  if (!isHeaderJob(message)) return;
  const { files, config } = message;
  void (async () => {
    const states: HeaderState[] = [];
    for (const file of files) states.push(await readHeaderState(file, config));
    port.postMessage(states);
  })();
});
// Loaded: ready for a first chunk.
port.postMessage('ready');
