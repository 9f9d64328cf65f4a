import { compilePost } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import type { Diagnostic } from '../compiler/diagnostic.ts';
import { readPostFile, readPostFiles } from '../compiler/read-posts.ts';
import { siteOutputs, type SiteOutputs } from '../compiler/site-outputs.ts';
import type { Post } from '../content/post-schema.ts';

/**
 * The compiled state of a posts folder, kept in memory by the dev server and used once by the
 * build. Each file is compiled on its own, so a save recompiles only that post; a post whose
 * new version is broken keeps serving its last good version while its errors are reported.
 */
export interface PostStore {
  /** Reads and compiles every post of the folder. */
  loadAll(): Promise<void>;
  /** Recompiles one file after it was added or changed; returns that file's diagnostics. */
  update(file: string): Promise<Diagnostic[]>;
  /** Forgets a deleted file. */
  remove(file: string): void;
  /** JSON files to serve, by file name (see src/content/data-paths.ts). */
  outputs(): SiteOutputs;
  /** Current errors and warnings of every file, plus site-wide ones (colliding permalinks). */
  diagnostics(): Diagnostic[];
}

interface FileState {
  post: Post | undefined;
  diagnostics: Diagnostic[];
}

export function createPostStore(options: {
  postsDir: string;
  compiler: CompilerConfig;
  pageSize: number;
  includeDrafts: boolean;
}): PostStore {
  const files = new Map<string, FileState>();
  let cached: SiteOutputs | undefined;

  async function compileInto(input: { file: string; text: string }): Promise<Diagnostic[]> {
    const result = await compilePost(input, options.compiler);
    const state: FileState = result.ok
      ? { post: result.post, diagnostics: result.warnings }
      : { post: files.get(input.file)?.post, diagnostics: [...result.errors, ...result.warnings] };
    files.set(input.file, state);
    cached = undefined;
    return state.diagnostics;
  }

  function outputs(): SiteOutputs {
    cached ??= siteOutputs(
      [...files.values()].flatMap((state) => (state.post ? [state.post] : [])),
      { pageSize: options.pageSize, includeDrafts: options.includeDrafts },
    );
    return cached;
  }

  return {
    async loadAll() {
      const inputs = await readPostFiles(options.postsDir);
      files.clear();
      for (const input of inputs) await compileInto(input);
    },
    async update(file) {
      return compileInto(await readPostFile(file));
    },
    remove(file) {
      files.delete(file);
      cached = undefined;
    },
    outputs,
    diagnostics() {
      return [...[...files.values()].flatMap((state) => state.diagnostics), ...outputs().errors];
    },
  };
}
