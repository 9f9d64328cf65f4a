import proseMediaCss from '../../app/styles/prose-media.css?inline';
import proseCss from '../../app/styles/prose.css?inline';
import { adoptSharedSheet, remToEmbedFontSize } from '../shadow-sheets.ts';
import elementsCss from './elements.css?inline';

/**
 * The script embed's stylesheet: its own (elements.css: sizing, palettes, the views) and the
 * app's post-content rules, so post HTML looks as on the site. Those are written for a page:
 * `rem` (which the host page's root font size would decide) becomes the embed's
 * `--folio-font-size`, and the one viewport query (floats beside text) a query of the
 * element's own width.
 */
const CSS = [proseCss, proseMediaCss]
  .map((css) =>
    remToEmbedFontSize(css).replace(
      /@media \(min-width: 36em\)/g,
      '@container folio (min-width: 576px)',
    ),
  )
  .concat(elementsCss)
  .join('\n');

/** Puts the script embed's styles in a shadow root, once (see shadow-sheets.ts). */
export function adoptElementStyles(root: ShadowRoot): void {
  adoptSharedSheet(root, CSS, 'data-folio-elements');
}
