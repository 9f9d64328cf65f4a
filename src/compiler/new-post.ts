import { Document } from 'yaml';
import { normalizePostPath, pathKey, type PostPath } from '../content/post-path.ts';
import type { PostHeader } from './post-header.ts';
import { formatWallClock, wallClockAt, wallClockDay, type WallClock } from './wall-clock.ts';

export interface NewPostRequest {
  title: string;
  author: string;
  now: Date;
  /** The site's time zone: `post_date` is written as wall-clock time there. */
  timeZone: string;
  /** Headers of the posts already in the folder: for the next ID and the permalink shape. */
  existing: readonly PostHeader[];
  /** Origin for the permalink of a blog's very first post. */
  origin: string;
}

export interface NewPostFile {
  fileName: string;
  text: string;
  /** Permalink path on this site, to print the preview URL. */
  path: PostPath;
}

/**
 * The file `npm run new -- "Title"` writes: export-format front matter with the next free ID,
 * a permalink shaped like the newest post's (`/blog/slug/` or `/YYYY/MM/DD/slug/`), the
 * current wall-clock time of the site, and `published: false`, so it starts as a draft.
 */
export function newPostFile(request: NewPostRequest): NewPostFile {
  const clock = wallClockAt(request.now.getTime(), request.timeZone);
  const day = wallClockDay(clock);
  const ids = request.existing.flatMap((post) => (post.id === null ? [] : [post.id]));
  const id = Math.max(0, ...ids) + 1;
  // The same key as every other collision check: a slug in any script is compared decoded,
  // as the existing posts' paths are, never as the percent-encoded text of its URL.
  const taken = new Set(request.existing.map((post) => pathKey(post.path)));
  const base = slugOf(request.title) || `post-${id}`;

  const model = newest(request.existing);
  const candidate = (n: number) => {
    const permalink = permalinkLike(model, n === 1 ? base : `${base}-${n}`, clock, request.origin);
    return { permalink, path: normalizePostPath(new URL(permalink).pathname) };
  };
  let chosen = candidate(1);
  for (let n = 2; taken.has(pathKey(chosen.path)); n++) chosen = candidate(n);
  const { permalink, path } = chosen;
  const front = new Document({
    ID: id,
    post_title: request.title,
    author: request.author,
    post_excerpt: '',
    layout: 'post',
    permalink,
    published: false,
    post_date: formatWallClock(clock),
  });
  return {
    fileName: `${day}-${base}.md`,
    text: `---\n${front.toString()}---\n\nWrite your post here.\n`,
    path,
  };
}

/** WordPress-style slug: lower case, accents dropped, anything but letters and digits a hyphen. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function newest(posts: readonly PostHeader[]): PostHeader | undefined {
  return [...posts].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))[0];
}

const DATED = /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;

function permalinkLike(
  model: PostHeader | undefined,
  slug: string,
  clock: WallClock,
  origin: string,
): string {
  if (model === undefined) return `${origin}/${slug}/`;
  // The model's path is its permalink's, already normalized: only the slug changes.
  const url = new URL(model.permalink);
  const path = model.path;
  url.pathname = DATED.test(path)
    ? `/${wallClockDay(clock).replaceAll('-', '/')}/${slug}/`
    : `${path.split('/').slice(0, -2).join('/')}/${slug}/`;
  return url.href;
}
