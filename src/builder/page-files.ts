import type { ListingPage } from '../compiler/site/listings.ts';
import { embedPageFile, embedPageHead, oembedFile, oembedJson } from '../compiler/site/oembed.ts';
import type { PageData } from '../content/page-data.ts';
import { NOT_FOUND_PAGE, pageFacts } from '../content/page-kinds.ts';
import type { Post } from '../content/post-schema.ts';
import type { Prerender } from '../content/prerender.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { PageTemplate } from './compose-page.ts';
import { withBody } from './post-bodies.ts';
import type { SiteWriter } from './site-writer.ts';

/**
 * One unit of the site's per-page work, and every file it writes:
 * - a post: its JSON, its prerendered page, its embed page and its oEmbed JSON;
 * - a listing page (index, author, month, list of months): its JSON and its page;
 * - the 404 page.
 * Jobs are plain data, so they run in this thread or on a render worker (render-pool.ts).
 */
export type PageJob =
  /** `body`: the compile cache entry holding the post's sections, when `post` has none. */
  | { kind: 'post'; post: Post; body?: string }
  | { kind: 'listing'; page: ListingPage }
  | { kind: 'not-found' };

/** Runs page jobs; `close` stops the workers, if any, once every job has settled. */
export interface PageJobRunner {
  /** Resolves with the names of the files the job wrote. */
  run(job: PageJob): Promise<string[]>;
  close(): Promise<void>;
}

/** Runs jobs in this thread: small sites, and each render worker's own loop. */
export function createInlineRunner(options: {
  site: SiteConfig;
  prerender: Prerender;
  template: PageTemplate;
  writer: SiteWriter;
}): PageJobRunner {
  const { site, prerender, template } = options;
  return {
    async run(job) {
      const files: string[] = [];
      const writer = {
        write: async (name: string, content: string) => {
          await options.writer.write(name, content);
          files.push(name);
        },
      };
      const page = pageDataOf(job);
      if (page.kind === 'not-found') {
        await writer.write(NOT_FOUND_PAGE.html, template.compose(await prerender(site, page)));
        return files;
      }
      // Its data file and its page (src/content/page-kinds.ts), whatever its kind.
      const { file, html, payload } = pageFacts(page.kind, page);
      await writer.write(file, JSON.stringify(payload));
      await writer.write(html, template.compose(await prerender(site, page)));
      if (page.kind === 'post') {
        const { post } = page;
        // The iframe variant is an app shell: the app's embed route renders it from the JSON.
        const shell = { head: embedPageHead(site, post), root: '', data: '' };
        await writer.write(embedPageFile(post.path), template.compose(shell));
        await writer.write(oembedFile(post.path), oembedJson(site, post));
      }
      return files;
    },
    close: () => Promise.resolve(),
  };
}

/** The page a job renders; a post's sections come from the cache entry when it has none. */
function pageDataOf(job: PageJob): PageData {
  if (job.kind === 'post') {
    return { kind: 'post', post: job.body === undefined ? job.post : withBody(job.post, job.body) };
  }
  return job.kind === 'listing' ? job.page.data : job;
}

/** Names a job in an error: the page's path, and for a post its source file. */
export function describeJob(job: PageJob): string {
  return job.kind === 'post' ? `${job.post.path} (${job.post.source})` : jobId(job);
}

/** A job's name in the output manifest: the page it writes (output-manifest.ts). */
export function jobId(job: PageJob): string {
  if (job.kind === 'post') return job.post.path;
  if (job.kind === 'listing') return job.page.path;
  return '404.html';
}
