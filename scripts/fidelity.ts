/**
 * Scores the compiler against WordPress's own rendering of the sysdig corpus
 * (see ../shared/fidelity/README.md). Usage: `npx tsx scripts/fidelity.ts [score.mjs options]`,
 * e.g. `--worst 20` or `--json report.json`. FOLIO_POSTS overrides the posts folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { compilePost } from '../src/compiler/compile-post.ts';
import { formatDiagnostic } from '../src/compiler/diagnostic.ts';
import { readPostHeader } from '../src/compiler/post-header.ts';
import { readPostFiles } from '../src/compiler/read-posts.ts';
import { articleHtml } from '../src/compiler/site/article-html.ts';

const postsDir = process.env.FOLIO_POSTS ?? '../shared/corpus/sysdig';
const scorerDir = resolve('../shared/fidelity');
const refDir = join(scorerDir, 'ref', basename(resolve(postsDir)));
const extraArgs = process.argv.slice(2);

/** score.mjs needs parse5. ../shared may be read-only: then a copy in the temp folder gets it. */
function scorerWithDependencies(): string {
  if (existsSync(join(scorerDir, 'node_modules', 'parse5'))) return scorerDir;
  try {
    execFileSync('npm', ['--prefix', scorerDir, 'install', '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
    if (existsSync(join(scorerDir, 'node_modules', 'parse5'))) return scorerDir;
  } catch {
    console.log(`${scorerDir} is not writable; installing the scorer into the temp folder`);
  }
  const copy = join(tmpdir(), 'folio-fidelity-scorer');
  if (!existsSync(join(copy, 'node_modules', 'parse5'))) {
    mkdirSync(copy, { recursive: true });
    for (const entry of ['score.mjs', 'lib', 'package.json']) {
      cpSync(join(scorerDir, entry), join(copy, entry), { recursive: true });
    }
    execFileSync('npm', ['--prefix', copy, 'install', '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
  }
  return copy;
}

const inputs = await readPostFiles(postsDir);
const outDir = mkdtempSync(join(tmpdir(), 'folio-fidelity-'));
const config = { origin: 'http://localhost', timeZone: 'UTC' };
// Bodies are compiled with the export's other posts as link context: links to posts missing
// from the export point at the old site, as on WordPress.
const knownPaths = new Set(
  inputs.flatMap((input) => {
    const read = readPostHeader(input, config);
    return read.ok ? [read.header.path] : [];
  }),
);
let failed = 0;
for (const input of inputs) {
  const result = await compilePost(input, config, knownPaths);
  if (!result.ok) {
    failed++;
    for (const error of result.errors) console.error(formatDiagnostic(error));
    continue;
  }
  writeFileSync(
    join(outDir, `${basename(input.file).replace(/\.(?:md|markdown)$/i, '')}.html`),
    articleHtml(result.post),
  );
}
console.log(`compiled ${inputs.length - failed}/${inputs.length} posts into ${outDir}`);

const scorer = scorerWithDependencies();
execFileSync(
  process.execPath,
  [
    join(scorer, 'score.mjs'),
    refDir,
    outDir,
    '--labels',
    'folio',
    ...(extraArgs.length > 0 ? extraArgs : ['--worst', '10']),
  ],
  { stdio: 'inherit' },
);
