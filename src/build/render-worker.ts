import { parentPort, workerData } from 'node:worker_threads';
import { metaContentSecurityPolicy } from '../compiler/site/security-headers.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { createPageTemplate } from './compose-page.ts';
import { createInlineRunner, type PageJob } from './page-files.ts';
import { loadPrerenderBundle } from './prerender-bundle.ts';
import { createSiteWriter } from './site-writer.ts';

/**
 * A render worker (see render-pool.ts): loads the prerender bundle once, then runs the page
 * jobs it is sent (page-files.ts) and writes their files itself, so serializing, rendering
 * and writing are spread over the cores and no page's HTML crosses threads.
 */
export interface RenderWorkerData {
  bundle: string;
  buildId: string;
  site: SiteConfig;
  indexHtml: string;
  stylesheets: [string, string][];
  outDir: string;
}

export interface RenderJob {
  id: number;
  job: PageJob;
}

const port = parentPort;
if (port === null) throw new Error('render-worker.ts runs as a worker thread only');
// Sent by render-pool.ts, which builds it from the same interface.
const data = workerData as RenderWorkerData;
const runner = createInlineRunner({
  site: data.site,
  prerender: await loadPrerenderBundle(data.bundle, data.buildId),
  template: createPageTemplate(data.indexHtml, {
    lang: data.site.locale,
    stylesheets: new Map(data.stylesheets),
    csp: metaContentSecurityPolicy,
  }),
  writer: createSiteWriter(data.outDir),
});
port.on('message', ({ id, job }: RenderJob) => {
  runner.run(job).then(
    (files) => port.postMessage({ id, files }),
    (error: unknown) =>
      port.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
port.postMessage({ ready: true });
