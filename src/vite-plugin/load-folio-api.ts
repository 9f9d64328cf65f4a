import { resolveConfig } from 'vite';
import type { FolioApi } from './folio-options.ts';

/**
 * The posts folder and site of the project's vite.config.ts (FOLIO_POSTS and the other
 * overrides applied), for the command-line tools that work beside Vite's pipeline
 * (`npm run new`, `npm run report`), and the dev server's port for the URLs they print.
 */
export async function loadFolioApi(): Promise<FolioApi & { port: number }> {
  const config = await resolveConfig({}, 'serve');
  const api: unknown = config.plugins.find((plugin) => plugin.name === 'folio')?.api;
  if (!isFolioApi(api)) throw new Error('vite.config.ts does not use the folio() plugin.');
  return { ...api, port: config.server.port ?? 5173 };
}

function isFolioApi(value: unknown): value is FolioApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    'postsDir' in value &&
    typeof value.postsDir === 'string' &&
    'site' in value &&
    typeof value.site === 'object'
  );
}
