import type { ElementContent } from 'hast';

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
}

/** Renders one shortcode. Its output is sanitized afterwards like the rest of the post. */
export type ShortcodeHandler = (call: ShortcodeCall) => ElementContent[];
