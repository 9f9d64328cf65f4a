import type { ShortcodeHandler } from './shortcode-handler.ts';

/**
 * `[gallery ids="12,13"]` lists attachment ids: the images and their captions live in the
 * WordPress database, not in the export, so nothing can be shown. The report asks the author to
 * replace it with the images themselves; anything the code wrapped stays.
 */
export const gallery: ShortcodeHandler = ({ named, children, note, tag }) => {
  const ids = named.ids ?? named.include ?? '';
  note(
    'data-less-shortcode',
    `[${tag}${ids === '' ? '' : ` ids="${ids}"`}]: the gallery's images are not in the export`,
  );
  return children;
};
