/** Writes the generated hostile posts: `npx tsx tests/security/generate-hostile-posts.ts`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventHandlersPost, urlObfuscationPost } from './generated-hostile-posts.ts';

const dir = join(import.meta.dirname, 'hostile-posts');
writeFileSync(join(dir, 'event-handlers.md'), eventHandlersPost());
writeFileSync(join(dir, 'url-obfuscation.md'), urlObfuscationPost());
console.log(`wrote event-handlers.md and url-obfuscation.md in ${dir}`);
