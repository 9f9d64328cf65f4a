// The worker threads' entry (worker-pool.ts), in plain JavaScript: Node cannot start a worker
// on a .ts file without a loader, so this registers tsx (a dependency already used by
// `npm run build`) and then loads the TypeScript tasks. Bundling the tasks instead would
// mean a build step before every build.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./worker-tasks.ts');

export const compile = tasks.compile;
export const readHeaders = tasks.readHeaders;
export const render = tasks.render;
