import * as v from 'valibot';
import {
  archiveIndexSchema,
  archivePageSchema,
  authorPageSchema,
  indexPageSchema,
  postSchema,
} from './post-schema.ts';

/**
 * What a page is made of: the post or listing page JSON its data file holds, tagged with the
 * page's kind. The build prerenders it, the prerendered page carries it for the browser in
 * `<script type="application/json" id="folio-data">` (a non-executing script type, so the
 * strict CSP allows it), and the browser seeds its query cache with it, so hydration renders
 * exactly the server's HTML without a request. One schema for all three.
 */
export const pageDataSchema = v.variant('kind', [
  v.object({ kind: v.literal('post'), post: postSchema }),
  v.object({ kind: v.literal('index'), index: indexPageSchema }),
  v.object({ kind: v.literal('author'), author: authorPageSchema }),
  v.object({ kind: v.literal('archive'), archive: archivePageSchema }),
  v.object({ kind: v.literal('archive-index'), archiveIndex: archiveIndexSchema }),
  v.object({ kind: v.literal('not-found') }),
]);

/** The id of the page data script. */
export const PAGE_DATA_ID = 'folio-data';

export type PageData = v.InferOutput<typeof pageDataSchema>;

/** What the prerenderer is handed: the page data it then embeds in the page. */
export type PageInput = PageData;

export type PageKind = PageData['kind'];

/** The page data of one kind: `PageOf<'author'>` is `{ kind: 'author'; author: AuthorPage }`. */
export type PageOf<K extends PageKind> = Extract<PageData, { kind: K }>;

/**
 * Kinds with a data file and a route of their own. The 404 page has neither: it is the post
 * route failing to find a file.
 */
export type DataPageKind = Exclude<PageKind, 'not-found'>;

/** The paged lists of a site (src/compiler/site/listings.ts). */
export type ListingKind = Exclude<DataPageKind, 'post'>;

export type ListingData = PageOf<ListingKind>;

/** The JSON object a page's data file holds: the one field beside `kind`. */
export type PagePayload<K extends DataPageKind> = K extends DataPageKind
  ? Omit<PageOf<K>, 'kind'>[Exclude<keyof PageOf<K>, 'kind'>]
  : never;
