/**
 * The import health report: for every post of a folder, what Folio could not show, dropped,
 * rewrote or found suspicious, so an author knows what to fix in the source.
 * `npx tsx scripts/report.ts [folder] [--all]` (default `posts`, FOLIO_POSTS overrides it).
 * Posts with nothing to report are listed only with --all.
 */
import { renderPostBody } from '../src/compiler/body/render-body.ts';
import { compilePost } from '../src/compiler/compile-post.ts';
import { formatDiagnostic } from '../src/compiler/diagnostic.ts';
import {
  normalizeSource,
  splitFrontMatter,
} from '../src/compiler/front-matter/split-front-matter.ts';
import { readPostFiles } from '../src/compiler/read-posts.ts';
import type { BodyReport, ReportKind } from '../src/compiler/report/body-report.ts';
import {
  formatBodyReport,
  groupReport,
  INFORMATIONAL_KINDS,
  KIND_LABELS,
} from '../src/compiler/report/format-report.ts';
import type { Post } from '../src/content/post-schema.ts';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const postsDir = process.env.FOLIO_POSTS ?? args.find((arg) => !arg.startsWith('--')) ?? 'posts';

const inputs = await readPostFiles(postsDir);
const compiled: { file: string; text: string; post: Post }[] = [];
let failed = 0;
for (const input of inputs) {
  const result = await compilePost(input, { origin: 'https://folio.invalid', timeZone: 'UTC' });
  for (const warning of result.warnings) console.log(formatDiagnostic(warning));
  if (result.ok) compiled.push({ ...input, post: result.post });
  else {
    failed++;
    for (const error of result.errors) console.log(formatDiagnostic(error));
  }
}

// Every post's path, so links to posts missing from the export can be told apart.
const knownPaths = new Set(compiled.map(({ post }) => post.path));
const totals = new Map<ReportKind, number>();
const modes = new Map<BodyReport['mode'], number>();
const shortcodes = new Map<string, number>();
let withEntries = 0;
for (const { file, text, post } of compiled) {
  const split = splitFrontMatter(normalizeSource(text));
  if (!split.ok) continue;
  const { report } = await renderPostBody(split.value.body, {
    permalink: post.permalink,
    knownPaths,
  });
  modes.set(report.mode, (modes.get(report.mode) ?? 0) + 1);
  for (const line of groupReport(report)) {
    totals.set(line.kind, (totals.get(line.kind) ?? 0) + line.count);
    if (line.kind === 'unknown-shortcode' || line.kind === 'data-less-shortcode') {
      const name = /^\[[^\]\s]+/.exec(line.detail)?.[0] ?? line.detail;
      shortcodes.set(name, (shortcodes.get(name) ?? 0) + line.count);
    }
  }
  if (report.entries.some((entry) => !INFORMATIONAL_KINDS.has(entry.kind))) withEntries++;
  if (report.entries.length > 0 || showAll) console.log(`${formatBodyReport(file, report)}\n`);
}

console.log('summary');
console.log(`  folder            ${postsDir}`);
console.log(`  posts             ${inputs.length} (${failed} failed to compile)`);
console.log(
  `  modes             ${[...modes].map(([mode, count]) => `${mode} ${count}`).join(', ')}`,
);
console.log(
  `  posts to look at  ${withEntries} (beyond rewritten links, upgraded media, renamed ids)`,
);
for (const kind of Object.keys(KIND_LABELS) as ReportKind[]) {
  const count = totals.get(kind);
  if (count !== undefined) console.log(`  ${String(count).padStart(6)}  ${KIND_LABELS[kind]}`);
}
if (shortcodes.size > 0) {
  const list = [...shortcodes]
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name}] ×${count}`);
  console.log(`  shortcodes        ${list.join(', ')}`);
}
