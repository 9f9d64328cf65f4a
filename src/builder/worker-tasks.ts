import { compilePost, type CompileInput, type CompileResult } from '../compiler/compile-post.ts';
import type { CompilerConfig } from '../compiler/compiler-config.ts';
import { metaContentSecurityPolicy } from '../compiler/site/security-headers.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { leanResult, storeEntry } from './compile-cache.ts';
import { createPageTemplate } from './compose-page.ts';
import { createInlineRunner, type PageJob, type PageJobRunner } from './page-files.ts';
import { loadPrerenderBundle } from './prerender-bundle.ts';
import { readHeaderState, type HeaderState } from './header-state.ts';
import { createSiteWriter } from './site-writer.ts';

/**
 * What the pool's threads run (worker-pool.ts). Tasks are plain data, structurally cloned;
 * the pool is their only sender, so their shapes are trusted here.
 */
export interface CompileTask extends CompileInput {
  config: CompilerConfig;
  /** Cache entry to write, or null to skip the cache. */
  cacheFile: string | null;
  /** Send back a lean result once it is in the cache (post-bodies.ts). */
  lean: boolean;
}

/**
 * Compiles one post and stores its result in the compile cache here (so serializing and
 * writing are spread over the cores too); a lean result skips copying the body back only
 * for it to be dropped.
 */
export async function compile(task: CompileTask): Promise<CompileResult> {
  const { file, text, warnings, config, cacheFile, lean } = task;
  const result = await compilePost({ file, text, warnings }, config);
  if (cacheFile === null) return result;
  await storeEntry(cacheFile, result);
  return lean ? leanResult(result) : result;
}

export interface HeaderTask {
  files: string[];
  config: CompilerConfig;
}

/** Reads the front matter of a chunk of files, in order. */
export async function readHeaders({ files, config }: HeaderTask): Promise<HeaderState[]> {
  const states: HeaderState[] = [];
  for (const file of files) states.push(await readHeaderState(file, config));
  return states;
}

/**
 * What every page job of one build shares. It travels with each job (Piscina cannot address
 * one thread): cloning its tens of KB of strings costs microseconds, and each thread sets
 * itself up from the first copy it gets.
 */
export interface RenderSetup {
  bundle: string;
  buildId: string;
  site: SiteConfig;
  indexHtml: string;
  stylesheets: [string, string][];
  outDir: string;
}

export interface RenderTask {
  setup: RenderSetup;
  job: PageJob;
}

/** One runner per build per thread: the prerender bundle is loaded once, not per page. */
const runners = new Map<string, Promise<PageJobRunner>>();

/** Runs one page job and writes its files here, so no page's HTML crosses threads. */
export async function render({ setup, job }: RenderTask): Promise<string[]> {
  const key = `${setup.buildId}\0${setup.outDir}`;
  let runner = runners.get(key);
  if (runner === undefined) {
    runner = startRunner(setup);
    runners.set(key, runner);
  }
  return (await runner).run(job);
}

async function startRunner(setup: RenderSetup): Promise<PageJobRunner> {
  return createInlineRunner({
    site: setup.site,
    prerender: await loadPrerenderBundle(setup.bundle, setup.buildId),
    template: createPageTemplate(setup.indexHtml, {
      lang: setup.site.locale,
      stylesheets: new Map(setup.stylesheets),
      csp: metaContentSecurityPolicy,
    }),
    writer: createSiteWriter(setup.outDir),
  });
}
