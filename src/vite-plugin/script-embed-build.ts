import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

/** The script embed's file name, in the site's base folder: what sites paste, so it never changes. */
export const SCRIPT_EMBED_FILE = 'folio-embed.js';

/** Named by URL, so the embed builds wherever Folio's sources are, whatever the project root. */
const ENTRY = fileURLToPath(new URL('../embed/script-entry.ts', import.meta.url));

/**
 * The script embed (README "Script tag") as one self-contained ES module, minified, in
 * Vite library mode. Plain DOM code: no JSX, no React, so no plugins; and no user config
 * (Folio's own plugin must not run again inside this build).
 */
export function scriptEmbedConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      // Library mode keeps whitespace in ES output (for bundlers); this file goes to browsers.
      minify: true,
      rolldownOptions: { output: { minify: true } },
      lib: { entry: ENTRY, formats: ['es'], fileName: () => SCRIPT_EMBED_FILE },
    },
  };
}

/**
 * Builds the script embed into a site's output folder (the adapter's closeBundle, before the
 * build room writes the site and removes stale files, so it counts as one of this build's
 * files). Returns the files it wrote, relative to `outDir`.
 */
export async function buildScriptEmbed(outDir: string): Promise<string[]> {
  await build(scriptEmbedConfig(outDir));
  return [SCRIPT_EMBED_FILE];
}
