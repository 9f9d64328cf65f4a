/**
 * `npm run new -- "Post title" [--author "Name"]`: writes a new draft post into the posts
 * folder configured in vite.config.ts (or FOLIO_POSTS) and prints its preview URL.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newPostFile } from '../compiler/new-post.ts';
import { readPostHeader } from '../compiler/post-header.ts';
import { readPostFiles } from '../compiler/read-posts.ts';
import { loadFolioApi } from './load-folio-api.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { author: { type: 'string', default: '' } },
});
const title = positionals.join(' ').trim();
if (title === '') {
  console.error('Usage: npm run new -- "Post title" [--author "Jane Doe"]');
  process.exit(2);
}

const { postsDir, site, port } = await loadFolioApi();
const compiler = { origin: site.origin, timeZone: site.timeZone };

const existing = (await readPostFiles(postsDir)).flatMap((input) => {
  const read = readPostHeader(input, compiler);
  return read.ok ? [read.header] : [];
});
const file = newPostFile({
  title,
  author: values.author,
  now: new Date(),
  timeZone: site.timeZone,
  existing,
  origin: site.origin,
});
const target = path.join(postsDir, file.fileName);
try {
  await writeFile(target, file.text, { flag: 'wx' });
} catch {
  console.error(`${target} already exists: choose another title, or edit that file.`);
  process.exit(1);
}
console.log(`Wrote ${target} (a draft: set published: true when it is ready).`);
console.log(`Preview: http://localhost:${port}${site.base}${file.path.slice(1)}  (npm run dev)`);
