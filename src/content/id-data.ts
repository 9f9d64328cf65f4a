import * as v from 'valibot';
import { DATA_DIR } from './data-paths.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

/**
 * `/?p=6088` links (WordPress's default "ugly" permalinks) must keep working on static hosts
 * that cannot match query strings. The build writes one tiny file per post ID holding its
 * path, so the app resolves an ID with one small request, never a list of all posts.
 */

/** 6088 → `folio-data/v1/ids/6088.json`. */
export function idDataFile(id: number): string {
  return `${DATA_DIR}/ids/${id}.json`;
}

export const idRecordSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: v.number(),
  /** Permalink path of the post with that WordPress ID. */
  path: v.string(),
});

export type IdRecord = v.InferOutput<typeof idRecordSchema>;

/** The `p` query parameter when it is a WordPress post ID, else null. */
export function wordpressIdOf(search: string): number | null {
  const value = new URLSearchParams(search).get('p');
  return value !== null && /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : null;
}
