import * as v from 'valibot';
import { fragmentOf, planQuery, rankPosts } from '../../src/app/search/run-search.ts';
import { SEARCH_INDEX_FILE } from '../../src/content/search-paths.ts';
import {
  searchChunkSchema,
  searchFragmentSchema,
  searchManifestSchema,
} from '../../src/content/search-schema.ts';
import { searchChunkFile } from '../../src/content/search-paths.ts';

/**
 * Searches an index given as files (name → text), as the app does: the manifest, the chunks
 * the query's words need (each read through its schema), the ranking, then each result's post
 * from its fragment. Counts the chunk files a query reads.
 */
export function searchFiles(files: ReadonlyMap<string, string>) {
  const read = (name: string) => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`no file ${name} in the index`);
    return JSON.parse(text) as unknown;
  };
  const manifest = v.parse(searchManifestSchema, read(SEARCH_INDEX_FILE));
  const search = (query: string) => {
    const plan = planQuery(manifest, query);
    const loaded = new Map(
      plan.files.map((file) => [
        file,
        v.parse(searchChunkSchema, read(searchChunkFile(file))).terms,
      ]),
    );
    const ranked = rankPosts(manifest, plan, loaded);
    const hits = ranked.map(({ post, terms }) => {
      const place = fragmentOf(manifest, post);
      if (place === undefined) throw new Error(`post ${post} is in no part`);
      const fragment = v.parse(searchFragmentSchema, read(place.file));
      const found = fragment.posts[place.index];
      if (found === undefined) throw new Error(`post ${post} is not in ${place.file}`);
      return { post: found, terms };
    });
    return { hits, chunksRead: plan.files.length };
  };
  return {
    manifest,
    search,
    /** The paths of the posts matching `query`, best first. */
    find: (query: string) => search(query).hits.map(({ post }) => post.path),
  };
}
