import { idDataFile, type IdRecord } from '../../content/id-data.ts';
import { SCHEMA_VERSION } from '../../content/schema-version.ts';

/**
 * One tiny file per WordPress post ID (`folio-data/v1/ids/6088.json` → its path), so the app
 * resolves `/?p=6088` on any static host with one small request. The first post listed for
 * an ID keeps it, so the output does not depend on anything but the order given.
 */
export function idRecordFiles(posts: { id: number | null; path: string }[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const { id, path } of posts) {
    if (id === null) continue;
    const file = idDataFile(id);
    if (files.has(file)) continue;
    const record: IdRecord = { schemaVersion: SCHEMA_VERSION, id, path };
    files.set(file, JSON.stringify(record));
  }
  return files;
}
