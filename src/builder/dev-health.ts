import type { BodyReport } from '../compiler/report/body-report.ts';
import { groupReport, INFORMATIONAL_KINDS, KIND_LABELS } from '../compiler/report/format-report.ts';
import type { DevHealth } from '../content/dev-protocol.ts';

/** A post's health report as the preview panel shows it: grouped, labelled, counted. */
export function devHealthOf(report: BodyReport): DevHealth {
  return {
    mode: report.mode,
    lines: groupReport(report).map((line) => ({
      label: KIND_LABELS[line.kind],
      detail: line.detail,
      count: line.count,
      informational: INFORMATIONAL_KINDS.has(line.kind),
    })),
  };
}
