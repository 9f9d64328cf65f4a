import { indexPageFile, postDataFile } from '../../content/data-paths.ts';
import {
  indexPageSchema,
  postSchema,
  type IndexPage,
  type Post,
} from '../../content/post-schema.ts';
import { NotFoundError } from '../../app/data/data-errors.ts';
import { fetchJson } from '../../app/data/fetch-json.ts';
import type { PostLocation } from '../embed-source.ts';

/**
 * The site's data files, read as the app reads them (fetchJson: validated by the content
 * schemas, typed errors), from another origin. No query library: an element loads one thing
 * at a time and drops it when its attributes change (the signal).
 */
export async function loadPost(
  locations: PostLocation[],
  signal: AbortSignal,
): Promise<{ post: Post; location: PostLocation }> {
  // Candidates in order: the first that has the file is the post. Any other failure
  // (network, invalid data) is the answer, not a reason to guess further.
  for (const location of locations) {
    try {
      const url = location.siteUrl + postDataFile(location.path);
      return { post: await fetchJson(url, postSchema, signal), location };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  throw new NotFoundError(locations.map(({ siteUrl, path }) => siteUrl + path).join(', '));
}

/** Page 1 of the site's newest-first list: the latest posts. */
export function loadIndex(siteUrl: string, signal: AbortSignal): Promise<IndexPage> {
  return fetchJson(siteUrl + indexPageFile(1), indexPageSchema, signal);
}
