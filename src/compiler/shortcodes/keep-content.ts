import type { ShortcodeHandler } from './shortcode-handler.ts';

/**
 * The fallback for every shortcode Folio has no module for, and for plugin codes whose
 * output came from data that did not come with the export (`[adrotate]`, `[table id=1]`,
 * `[display-posts]`, page builders' `[vc_row]`…): the brackets go, whatever they wrapped
 * stays, and the health report names the code so the author can replace it.
 */
export const keepContent: ShortcodeHandler = ({ tag, children, note }) => {
  note('unknown-shortcode', `[${tag}]`);
  return children;
};

/** Same output, reported as known but data-less. */
export const dataLess: ShortcodeHandler = ({ tag, children, note }) => {
  note('data-less-shortcode', `[${tag}]: its content lives in the WordPress database`);
  return children;
};
