import type { ElementContent } from 'hast';
import type { ReportKind } from '../report/body-report.ts';

/** One shortcode found in a post, with what it wraps already turned into HTML nodes. */
export interface ShortcodeCall {
  tag: string;
  /** `name="value"`, `name='value'` and `name=value` attributes. */
  named: Record<string, string | undefined>;
  /** Positional attributes, e.g. `[youtube https://…]`. */
  numeric: string[];
  /** Nodes between the opening and closing tag; shortcodes inside are already expanded. */
  children: ElementContent[];
  /** Plain text of `children`, whitespace folded. */
  text: string;
  /** Adds a line to the post's health report. */
  note: (kind: ReportKind, detail: string) => void;
}

/** Renders one shortcode. Its output is sanitized afterwards like the rest of the post. */
export type ShortcodeHandler = (call: ShortcodeCall) => ElementContent[];
