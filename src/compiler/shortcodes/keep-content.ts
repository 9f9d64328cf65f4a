import type { ShortcodeHandler } from './shortcode-handler.ts';

/**
 * Fallback for plugin shortcodes whose data did not come with the export (`[adrotate]`,
 * `[table id=1]`, `[gallery]`...): the brackets go, whatever they wrapped stays.
 */
export const keepContent: ShortcodeHandler = ({ children }) => children;
