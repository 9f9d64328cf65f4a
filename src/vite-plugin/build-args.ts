import { parseArgs } from 'node:util';
import type { InlineConfig } from 'vite';

/**
 * The flags `npm run build` takes: Folio's own, and those of `vite build` that a Folio site
 * can honour, passed on to Vite. Anything else is refused by name, never silently dropped (a
 * dropped `--outDir` once meant the next build deleted the output it was meant to keep).
 */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  'skip-invalid': { type: 'boolean' },
  outDir: { type: 'string' },
  emptyOutDir: { type: 'boolean' },
  assetsDir: { type: 'string' },
  sourcemap: { type: 'boolean' },
  minify: { type: 'string' },
  mode: { type: 'string', short: 'm' },
  config: { type: 'string', short: 'c' },
  logLevel: { type: 'string', short: 'l' },
} as const;

/** Vite flags that contradict what Folio decides, with what to do instead. */
const REFUSED: Record<string, string> = {
  base: "the base path is the site's `base` option in vite.config.ts (or FOLIO_BASE)",
  watch: 'a watched build is `npm run dev`, which recompiles posts as they are saved',
  w: 'a watched build is `npm run dev`, which recompiles posts as they are saved',
  ssr: 'Folio prerenders every page itself',
};

const LOG_LEVELS = new Set(['info', 'warn', 'error', 'silent']);

export type BuildArgs =
  { ok: true; config: InlineConfig } | { ok: true; help: true } | { ok: false; message: string };

export function parseBuildArgs(argv: readonly string[]): BuildArgs {
  for (const arg of argv) {
    const name = /^--?([^=]+)/.exec(arg)?.[1];
    const reason = name === undefined ? undefined : REFUSED[name];
    if (reason !== undefined)
      return { ok: false, message: `${arg} is not for npm run build: ${reason}.` };
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
      allowNegative: true,
    }));
  } catch (error) {
    return {
      ok: false,
      message: `${error instanceof Error ? error.message : String(error)}.\n${usage()}`,
    };
  }
  if (values.help === true) return { ok: true, help: true };
  if (values.logLevel !== undefined && !LOG_LEVELS.has(values.logLevel)) {
    return { ok: false, message: `--logLevel must be one of ${[...LOG_LEVELS].join(', ')}.` };
  }
  const build: NonNullable<InlineConfig['build']> = {};
  if (values.outDir !== undefined) build.outDir = values.outDir;
  if (values.emptyOutDir !== undefined) build.emptyOutDir = values.emptyOutDir;
  if (values.assetsDir !== undefined) build.assetsDir = values.assetsDir;
  if (values.sourcemap !== undefined) build.sourcemap = values.sourcemap;
  if (values.minify !== undefined) {
    const minify = minifyOf(values.minify);
    if (minify === undefined)
      return { ok: false, message: '--minify must be true, false, oxc, esbuild or terser.' };
    build.minify = minify;
  }
  const config: InlineConfig = { build };
  if (values.mode !== undefined) config.mode = values.mode;
  if (values.config !== undefined) config.configFile = values.config;
  if (values.logLevel !== undefined && isLogLevel(values.logLevel))
    config.logLevel = values.logLevel;
  return { ok: true, config };
}

function minifyOf(value: string): NonNullable<InlineConfig['build']>['minify'] | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'oxc' || value === 'esbuild' || value === 'terser') return value;
  return undefined;
}

function isLogLevel(value: string): value is NonNullable<InlineConfig['logLevel']> {
  return LOG_LEVELS.has(value);
}

export function usage(): string {
  return [
    'npm run build -- [options]',
    '  --skip-invalid        publish the valid posts, report the broken ones as warnings',
    '  --outDir <dir>        output folder (default dist)',
    '  --emptyOutDir         remove files the build did not write (default: when inside the project)',
    '  --assetsDir <dir>     folder of the bundled assets inside the output (default assets)',
    '  --sourcemap           write source maps',
    '  --minify <how>        true, false, oxc, esbuild or terser',
    '  -m, --mode <mode>     Vite mode (default production)',
    '  -c, --config <file>   another Vite config file',
    '  -l, --logLevel <lvl>  info, warn, error or silent',
  ].join('\n');
}
