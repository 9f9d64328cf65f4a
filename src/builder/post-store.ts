import { compilePost, type CompileResult } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import type { Diagnostic } from '../compiler/diagnostic.ts';
import { readPostHeader, type PostHeader } from '../compiler/post-header.ts';
import {
  readPostFile,
  stampPostFile,
  stampPostFiles,
  type PostFileStamp,
  type PostInput,
} from '../compiler/read-posts.ts';
import { claimPaths, newestFirst, summarize } from '../compiler/site-outputs.ts';
import { listingJson, planListings, type ListingPlan } from '../compiler/site/listings.ts';
import { postNavigation } from '../compiler/site/post-navigation.ts';
import { DATA_DIR, postDataFile } from '../content/data-paths.ts';
import type { Post, PostNav, PostSummary } from '../content/post-schema.ts';
import { SCHEMA_VERSION } from '../content/schema-version.ts';
import type { CompileCache } from './compile-cache.ts';
import { devHealthOf } from './dev-health.ts';
import type { HeaderCache } from './header-cache.ts';
import { headerStateOf, type HeaderState } from './header-state.ts';
import { readHeaderStates } from './read-headers.ts';
import { createWorkerPool } from './worker-pool.ts';

/**
 * The dev server's view of a posts folder. Start-up reads only front matter (enough to list,
 * order and route every post), so a blog of 10,000 posts is ready in seconds; a body is
 * compiled when its post or its index page is first asked for, through the compile cache, so
 * a post unchanged since the last run is never compiled again. A save recompiles that file
 * only. A broken post keeps serving its last good version while its problems are reported.
 */
export interface PostStore {
  /** Reads the front matter of every post of the folder. */
  loadAll(): Promise<void>;
  /** Re-reads one file after it was added or changed; returns its problems. */
  update(file: string): Promise<Diagnostic[]>;
  /** Forgets a deleted file. */
  remove(file: string): void;
  /** The JSON text of a data file (see src/content/data-paths.ts), compiling on demand. */
  dataFile(fileName: string): Promise<string | undefined>;
  /** Current errors and warnings of every file, plus colliding permalinks. */
  diagnostics(): Diagnostic[];
}

interface Entry {
  file: string;
  stamp: { mtimeMs: number; size: number };
  /** The file's text; read lazily when the header came from the header cache. */
  input: PostInput | undefined;
  /** Front matter as now written; `good` keeps the last version that read cleanly. */
  header: HeaderState;
  good: PostHeader | undefined;
  /** The body, once asked for (re-asked after each change). */
  compiled: Promise<CompileResult> | undefined;
  lastGoodPost: Post | undefined;
  compileProblems: Diagnostic[];
}

interface Listing {
  /** Data file name of each routable post → its source file. */
  byDataFile: Map<string, string>;
  /** Listed posts, newest first. */
  ordered: PostHeader[];
  /** Source file → its place in `ordered`. */
  position: Map<string, number>;
  /** Previous/next and related posts of the post at a place in `ordered`. */
  navAt: (index: number) => PostNav;
  /** The listing pages, planned as the build plans them (listings.ts). */
  listings: ListingPlan<PostHeader>;
  collisions: Diagnostic[];
}

export function createPostStore(options: {
  postsDir: string;
  compiler: CompilerConfig;
  pageSize: number;
  cache?: Promise<CompileCache | undefined>;
  headerCache?: Promise<HeaderCache | undefined>;
  /** Worker threads for reading a big folder's front matter; default: one per core. */
  workers?: number;
}): PostStore {
  const entries = new Map<string, Entry>();
  let listing: Listing | undefined;
  let persisting: ReturnType<typeof setTimeout> | undefined;

  function entryOf(stamp: PostFileStamp, header: HeaderState, input?: PostInput): Entry {
    const previous = entries.get(stamp.file);
    return {
      file: stamp.file,
      stamp: { mtimeMs: stamp.mtimeMs, size: stamp.size },
      input,
      header,
      good: header.ok ? header.header : previous?.good,
      compiled: undefined,
      lastGoodPost: previous?.lastGoodPost,
      compileProblems: [],
    };
  }

  function read(input: PostInput, stamp: PostFileStamp): Entry {
    return entryOf(stamp, headerStateOf(readPostHeader(input, options.compiler)), input);
  }

  /** Writes the headers for the next start, a moment after the last change. */
  function persistHeaders(): void {
    clearTimeout(persisting);
    persisting = setTimeout(() => {
      const headers = new Map(
        [...entries].map(([file, e]) => [file, { ...e.stamp, state: e.header }] as const),
      );
      // A cache that cannot be written only makes the next start slower.
      void options.headerCache?.then((cache) => cache?.save(headers)).catch(() => undefined);
    }, 500);
    persisting.unref();
  }

  function compile(entry: Entry): Promise<CompileResult> {
    entry.compiled ??= (async () => {
      const input = (entry.input ??= await readPostFile(entry.file));
      const cache = await options.cache;
      const key = cache?.keyOf(input, options.compiler);
      const stored = key === undefined ? undefined : await cache?.get(key);
      const result = stored ?? (await compilePost(input, options.compiler));
      if (key !== undefined && stored === undefined) await cache?.set(key, result);
      if (result.ok) entry.lastGoodPost = result.post;
      // Front-matter problems are reported by the header; the body adds its own.
      entry.compileProblems = result.ok || !entry.header.ok ? [] : result.errors;
      return result;
    })();
    return entry.compiled;
  }

  function currentListing(): Listing {
    if (listing) return listing;
    const headers = [...entries.values()].flatMap((e) => (e.good ? [e.good] : []));
    // The build's rule for colliding permalinks, on headers alone.
    const { owners, errors: collisions } = claimPaths(headers);
    const ordered = owners.sort(newestFirst);
    const byDataFile = new Map(ordered.map((h) => [postDataFile(h.path), h.source]));
    listing = {
      byDataFile,
      ordered,
      position: new Map(ordered.map((h, index) => [h.source, index])),
      navAt: postNavigation(ordered),
      listings: planListings(ordered, options.pageSize),
      collisions,
    };
    return listing;
  }

  async function postJson(file: string): Promise<string | undefined> {
    const entry = entries.get(file);
    if (!entry) return undefined;
    const result = await compile(entry);
    const post = result.ok ? result.post : entry.lastGoodPost;
    if (post === undefined) return undefined;
    const { navAt, position } = currentListing();
    const index = position.get(file);
    return JSON.stringify(index === undefined ? post : { ...post, nav: navAt(index) });
  }

  async function healthJson(file: string): Promise<string | undefined> {
    const entry = entries.get(file);
    if (!entry) return undefined;
    const result = await compile(entry);
    return result.ok ? JSON.stringify(devHealthOf(result.report)) : undefined;
  }

  /**
   * The JSON of a listing data file (index, author or month page, list of months), its posts
   * summarized (so compiled) only when that page is asked for.
   */
  async function listingPageJson(name: string): Promise<string | undefined> {
    const { listings } = currentListing();
    const address = listings.addressOfFile(name);
    if (address === undefined) return undefined;
    const summaries = await Promise.all(listings.postsOn(address).map(summaryOf));
    return JSON.stringify(listingJson(listings.dataOf(address, summaries)));
  }

  /** A listed post's summary; its excerpt may come from the body, so that is compiled. */
  async function summaryOf(header: PostHeader): Promise<PostSummary> {
    const entry = entries.get(header.source);
    if (entry) await compile(entry);
    const post = entry?.lastGoodPost ?? { schemaVersion: SCHEMA_VERSION, ...header, sections: [] };
    return summarize(post);
  }

  return {
    async loadAll() {
      const [stamps, cached] = await Promise.all([
        stampPostFiles(options.postsDir),
        options.headerCache?.then((cache) => cache?.load()).catch(() => undefined),
      ]);
      entries.clear();
      const changed: PostFileStamp[] = [];
      for (const stamp of stamps) {
        const hit = cached?.get(stamp.file);
        if (hit && hit.mtimeMs === stamp.mtimeMs && hit.size === stamp.size) {
          entries.set(stamp.file, entryOf(stamp, hit.state));
        } else changed.push(stamp);
      }
      // Front matter only (texts are read again when a body is asked for), on worker threads
      // for a big folder: a cold start of 10,000 posts is mostly YAML. The pool starts no
      // thread for a small one.
      const files = changed.map((stamp) => stamp.file);
      const pool = createWorkerPool(options.workers);
      const states = await readHeaderStates(files, options.compiler, pool).finally(() =>
        pool.close(),
      );
      changed.forEach((stamp, index) => {
        const state = states[index];
        if (state) entries.set(stamp.file, entryOf(stamp, state));
      });
      listing = undefined;
      if (changed.length > 0 || cached?.size !== stamps.length) persistHeaders();
    },
    async update(file) {
      const before = entries.get(file)?.good;
      const [input, stamp] = await Promise.all([readPostFile(file), stampPostFile(file)]);
      const entry = read(input, stamp);
      entries.set(file, entry);
      persistHeaders();
      // Most saves change the body only: the listing (order, routes, collisions) stands.
      if (!before || !entry.good || listingKey(before) !== listingKey(entry.good))
        listing = undefined;
      const result = await compile(entry);
      return result.ok ? result.warnings : [...result.errors, ...result.warnings];
    },
    remove(file) {
      entries.delete(file);
      listing = undefined;
      persistHeaders();
    },
    async dataFile(fileName) {
      if (
        !fileName.startsWith(`${DATA_DIR}/posts/`) &&
        !fileName.startsWith(`${DATA_DIR}/__dev/`)
      ) {
        return listingPageJson(fileName);
      }
      // A post's health report lives beside its data file, under __dev/health/.
      const health = fileName.replace(`${DATA_DIR}/__dev/health/`, `${DATA_DIR}/posts/`);
      if (health !== fileName) {
        const file = currentListing().byDataFile.get(health);
        return file === undefined ? undefined : healthJson(file);
      }
      const file = currentListing().byDataFile.get(fileName);
      return file === undefined ? undefined : postJson(file);
    },
    diagnostics() {
      const perFile = [...entries.values()].flatMap((e) =>
        e.header.ok
          ? [...e.header.warnings, ...e.compileProblems]
          : [...e.header.errors, ...e.header.warnings],
      );
      return [...perFile, ...currentListing().collisions];
    },
  };
}

/** What a post's place in the listing depends on. */
function listingKey(header: PostHeader): string {
  // Titles relate posts, authors group them: both are part of the listings too.
  return [header.path, header.date, header.source, header.title, header.author].join('\0');
}
