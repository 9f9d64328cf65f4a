/**
 * How Folio's production build scales: generates N posts in the export format
 * (scripts/generate-posts.ts), then times a cold build (empty compile cache), a warm build
 * after changing one post, and the peak memory of each, and does the same with Hugo on the
 * same files when `hugo` is installed. Numbers are printed, never asserted.
 *
 *   npx tsx scripts/bench-scale.ts                 # N = 1,000 and 10,000
 *   npx tsx scripts/bench-scale.ts --count 100000  # any N (repeatable flag)
 *   npx tsx scripts/bench-scale.ts --no-hugo
 */
import { spawnSync } from 'node:child_process';
import { appendFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { writePosts } from './generate-posts.ts';

const REPO = path.resolve(import.meta.dirname, '..');

interface Run {
  seconds: number;
  peakMb: number;
  ok: boolean;
  detail: string;
}

/** Runs a command, measuring wall time and the peak resident memory of the process tree's largest process. */
function measure(command: string[], options: { cwd: string; env?: Record<string, string> }): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', ...command], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr ?? '');
  return {
    seconds,
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
    ok: result.status === 0,
    detail: result.status === 0 ? '' : `${result.stdout}\n${result.stderr}`.slice(-2000),
  };
}

function folioBuild(posts: string, outDir: string, cacheDir: string): Run {
  return measure(['node', '--import', 'tsx', 'scripts/bench-build.ts'], {
    cwd: REPO,
    env: { FOLIO_POSTS: posts, FOLIO_BENCH_OUT: outDir, FOLIO_BENCH_CACHE: cacheDir },
  });
}

async function hugoSite(posts: string, site: string): Promise<void> {
  await rm(site, { recursive: true, force: true });
  await mkdir(path.join(site, 'layouts/_default'), { recursive: true });
  await writeFile(
    path.join(site, 'config.toml'),
    [
      'baseURL = "https://blog.example.com/"',
      'title = "Bench"',
      'disableKinds = ["taxonomy", "term"]',
      `contentDir = ${JSON.stringify(posts)}`,
      '[markup.goldmark.renderer]',
      '  unsafe = true',
      '',
    ].join('\n'),
  );
  const layout = (body: string) =>
    `<!doctype html><html><head><title>{{ .Title }}</title></head><body>${body}</body></html>\n`;
  await writeFile(path.join(site, 'layouts/_default/single.html'), layout('{{ .Content }}'));
  await writeFile(
    path.join(site, 'layouts/_default/list.html'),
    layout('{{ range .Paginator.Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}'),
  );
}

function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', multiple: true },
      'no-hugo': { type: 'boolean', default: false },
    },
  });
  const counts = (values.count ?? ['1000', '10000']).map(Number);
  const hugo = values['no-hugo'] ? null : hugoVersion();
  const work = path.join(tmpdir(), 'folio-bench-scale');
  console.log(
    `machine: ${(await import('node:os')).availableParallelism()} cores, node ${process.version}`,
  );
  console.log(
    hugo ??
      (values['no-hugo']
        ? 'hugo: skipped (--no-hugo)'
        : 'hugo: not installed (apt-get install -y hugo), skipped'),
  );

  const rows: string[][] = [['N', 'tool', 'cold s', 'cold MB', 'warm s', 'warm MB', 'files']];
  for (const count of counts) {
    const posts = path.join(work, `posts-${count}`);
    console.log(`\n== ${count.toLocaleString('en')} posts: generating…`);
    await writePosts(count, posts);

    const out = path.join(work, `dist-${count}`);
    const cache = path.join(work, `cache-${count}`);
    await rm(cache, { recursive: true, force: true });
    const cold = folioBuild(posts, out, cache);
    if (!cold.ok) throw new Error(`folio cold build failed:\n${cold.detail}`);
    // One post edited, as an author would between two builds.
    const names = (await readdir(posts)).sort();
    const edited = names[Math.floor(names.length / 2)];
    if (edited) await appendFile(path.join(posts, edited), '\nOne more paragraph, edited.\n');
    const warm = folioBuild(posts, out, cache);
    if (!warm.ok) throw new Error(`folio warm build failed:\n${warm.detail}`);
    const files = spawnSync('sh', ['-c', `find ${out} -type f | wc -l`], { encoding: 'utf8' });
    rows.push([
      String(count),
      'folio',
      cold.seconds.toFixed(1),
      cold.peakMb.toFixed(0),
      warm.seconds.toFixed(1),
      warm.peakMb.toFixed(0),
      files.stdout.trim(),
    ]);
    console.log(rows.at(-1)?.join('\t'));

    if (hugo) {
      const site = path.join(work, `hugo-${count}`);
      await hugoSite(posts, site);
      const hugoCold = measure(
        ['hugo', '--quiet', '--destination', path.join(site, 'public'), '--ignoreCache'],
        { cwd: site },
      );
      if (edited) await appendFile(path.join(posts, edited), '\nEdited again.\n');
      const hugoWarm = measure(['hugo', '--quiet', '--destination', path.join(site, 'public')], {
        cwd: site,
      });
      const hugoFiles = spawnSync('sh', ['-c', `find ${site}/public -type f | wc -l`], {
        encoding: 'utf8',
      });
      rows.push([
        String(count),
        'hugo',
        hugoCold.ok ? hugoCold.seconds.toFixed(1) : 'failed',
        hugoCold.peakMb.toFixed(0),
        hugoWarm.ok ? hugoWarm.seconds.toFixed(1) : 'failed',
        hugoWarm.peakMb.toFixed(0),
        hugoFiles.stdout.trim(),
      ]);
      console.log(rows.at(-1)?.join('\t'));
      if (!hugoCold.ok) console.log(hugoCold.detail);
    }
  }
  console.log('');
  for (const row of rows) console.log(row.map((cell) => cell.padStart(8)).join(' '));
}

await main();
