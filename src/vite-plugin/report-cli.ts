/**
 * `npm run report [folder] [--all]`: the import health report. For every post of the posts
 * folder of vite.config.ts (FOLIO_POSTS, or the folder named, overrides it): what Folio could
 * not show, dropped, rewrote or found suspicious, so an author knows what to fix in the
 * source. Posts with nothing to report are listed only with --all.
 */
import { parseArgs } from 'node:util';
import { reportSite } from '../builder/site-report.ts';
import { formatDiagnostic } from '../compiler/diagnostic.ts';
import type { BodyReport, ReportKind } from '../compiler/report/body-report.ts';
import {
  formatBodyReport,
  groupReport,
  INFORMATIONAL_KINDS,
  KIND_LABELS,
} from '../compiler/report/format-report.ts';
import { loadFolioApi } from './load-folio-api.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean', default: false } },
});
const { postsDir: configured, site } = await loadFolioApi();
const postsDir = positionals[0] ?? configured;
const { origin, timeZone, base } = site;
const health = await reportSite(postsDir, { origin, timeZone, base });

for (const diagnostic of health.diagnostics) console.log(formatDiagnostic(diagnostic));
const totals = new Map<ReportKind, number>();
const modes = new Map<BodyReport['mode'], number>();
const shortcodes = new Map<string, number>();
let withEntries = 0;
for (const { file, report } of health.reports) {
  modes.set(report.mode, (modes.get(report.mode) ?? 0) + 1);
  for (const line of groupReport(report)) {
    totals.set(line.kind, (totals.get(line.kind) ?? 0) + line.count);
    if (line.kind === 'unknown-shortcode' || line.kind === 'data-less-shortcode') {
      const name = /^\[[^\]\s]+/.exec(line.detail)?.[0] ?? line.detail;
      shortcodes.set(name, (shortcodes.get(name) ?? 0) + line.count);
    }
  }
  if (report.entries.some((entry) => !INFORMATIONAL_KINDS.has(entry.kind))) withEntries++;
  if (report.entries.length > 0 || values.all) console.log(`${formatBodyReport(file, report)}\n`);
}

console.log('summary');
console.log(`  folder            ${postsDir}`);
console.log(`  posts             ${health.read} (${health.failed} failed to compile)`);
console.log(
  `  modes             ${[...modes].map(([mode, count]) => `${mode} ${count}`).join(', ')}`,
);
console.log(
  `  posts to look at  ${withEntries} (beyond rewritten links, upgraded media, renamed ids)`,
);
const order = Object.keys(KIND_LABELS);
for (const [kind, count] of [...totals].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])))
  console.log(`  ${String(count).padStart(6)}  ${KIND_LABELS[kind]}`);
if (shortcodes.size > 0) {
  const list = [...shortcodes]
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name}] ×${count}`);
  console.log(`  shortcodes        ${list.join(', ')}`);
}
