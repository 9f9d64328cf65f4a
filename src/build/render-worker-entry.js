// The render worker's entry, in plain JavaScript: Node cannot start a worker on a .ts file
// without a loader, so this registers tsx (a dev dependency) and then loads the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
