/**
 * Scores the compiler against WordPress's own rendering of the sysdig corpus
 * (see ../shared/fidelity/README.md). Usage: `npx tsx scripts/fidelity.ts [score.mjs options]`,
 * e.g. `--worst 20` or `--json report.json`. FOLIO_POSTS overrides the posts folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { renderPostBody, stringifyBody } from '../src/compiler/body/render-body.ts';
import { splitSections } from '../src/compiler/body/split-sections.ts';
import { compilePost } from '../src/compiler/compile-post.ts';
import {
  normalizeSource,
  splitFrontMatter,
} from '../src/compiler/front-matter/split-front-matter.ts';
import { formatDiagnostic } from '../src/compiler/diagnostic.ts';
import { readPostFiles } from '../src/compiler/read-posts.ts';
import type { Post } from '../src/content/post-schema.ts';
import { escapeAttribute, escapeText } from 'entities';

const postsDir = process.env.FOLIO_POSTS ?? '../shared/corpus/sysdig';
const scorerDir = resolve('../shared/fidelity');
const refDir = join(scorerDir, 'ref', basename(resolve(postsDir)));
const extraArgs = process.argv.slice(2);

/** The article body as WordPress showed it: sections joined, each h2 back in front of its html. */
function articleHtml(post: Post): string {
  return post.sections
    .map((section) =>
      section.level === 2
        ? `<h2 id="${escapeAttribute(section.id)}">${escapeText(section.title)}</h2>\n${section.html}`
        : section.html,
    )
    .join('\n');
}

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
let failed = 0;
const compiled: { input: (typeof inputs)[number]; post: Post }[] = [];
for (const input of inputs) {
  const result = await compilePost(input, { origin: 'http://localhost', timeZone: 'UTC' });
  if (!result.ok) {
    failed++;
    for (const error of result.errors) console.error(formatDiagnostic(error));
    continue;
  }
  compiled.push({ input, post: result.post });
}
// Bodies are rendered as the build does, with the post's permalink and the export's other
// posts as link context.
const knownPaths = new Set(compiled.map(({ post }) => post.path));
for (const { input, post } of compiled) {
  const split = splitFrontMatter(normalizeSource(input.text));
  if (!split.ok) continue;
  const { tree } = await renderPostBody(split.value.body, {
    permalink: post.permalink,
    knownPaths,
  });
  writeFileSync(
    join(outDir, `${basename(input.file).replace(/\.(?:md|markdown)$/i, '')}.html`),
    articleHtml({ ...post, sections: splitSections(tree, stringifyBody) }),
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
