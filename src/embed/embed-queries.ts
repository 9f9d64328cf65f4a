import { queryOptions } from '@tanstack/react-query';
import { indexPageFile, postDataFile } from '../content/data-paths.ts';
import { indexPageSchema, postSchema, type Post } from '../content/post-schema.ts';
import { NotFoundError } from '../app/data/data-errors.ts';
import { fetchJson } from '../app/data/fetch-json.ts';
import type { PostLocation } from './embed-source.ts';

/**
 * The app's data layer (fetchJson: valibot-validated, typed errors) with absolute URLs: an
 * embed reads the data files of a site on another origin.
 */
export function embedPostQuery(locations: PostLocation[]) {
  return queryOptions({
    queryKey: ['folio-embed', 'post', locations],
    queryFn: async ({ signal }): Promise<{ post: Post; location: PostLocation }> => {
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
    },
  });
}

/** Page 1 of the site's newest-first list: the latest posts. */
export function embedIndexQuery(siteUrl: string) {
  return queryOptions({
    queryKey: ['folio-embed', 'index', siteUrl],
    queryFn: ({ signal }) => fetchJson(siteUrl + indexPageFile(1), indexPageSchema, signal),
  });
}
