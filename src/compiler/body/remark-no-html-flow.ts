import type { Processor } from 'unified';

/**
 * PHP Markdown treats a line starting with an inline tag (`<img …>`, `<a …>`, `<span>`) as
 * the start of a paragraph whose Markdown still counts; CommonMark would make it a raw HTML
 * block up to the next blank line, leaving `**bold**` on the following lines unrendered.
 * Block-level HTML is cut out beforehand (stash-html-blocks.ts), so CommonMark's HTML blocks
 * are switched off and every remaining tag is inline HTML.
 */
export function remarkNoHtmlFlow(this: Processor) {
  const data = this.data();
  const extensions = (data.micromarkExtensions ??= []);
  extensions.push({ disable: { null: ['htmlFlow'] } });
}
