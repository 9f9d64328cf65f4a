import * as v from 'valibot';
import {
  archiveIndexSchema,
  archivePageSchema,
  authorPageSchema,
  indexPageSchema,
  postSchema,
} from '../../content/post-schema.ts';

/**
 * What a prerendered page carries for the browser, in
 * `<script type="application/json" id="folio-data">` (a non-executing script type, so the
 * strict CSP allows it): the same post or listing page JSON the app would otherwise fetch.
 * The browser seeds its query cache with it, so hydration renders exactly the server's HTML
 * without a request.
 */
export const PAGE_DATA_ID = 'folio-data';

export const pageDataSchema = v.variant('kind', [
  v.object({ kind: v.literal('post'), post: postSchema }),
  v.object({ kind: v.literal('index'), index: indexPageSchema }),
  v.object({ kind: v.literal('author'), author: authorPageSchema }),
  v.object({ kind: v.literal('archive'), archive: archivePageSchema }),
  v.object({ kind: v.literal('archive-index'), archiveIndex: archiveIndexSchema }),
  v.object({ kind: v.literal('not-found') }),
]);

export type PageData = v.InferOutput<typeof pageDataSchema>;

/** The page's data, or null when there is none (dev server) or it does not parse. */
export function readPageData(document: Document): PageData | null {
  const text = document.getElementById(PAGE_DATA_ID)?.textContent;
  if (text === undefined || text === null || text === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const result = v.safeParse(pageDataSchema, json);
  return result.success ? result.output : null;
}
