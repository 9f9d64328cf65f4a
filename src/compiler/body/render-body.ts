import { autop } from '@wordpress/autop';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownProcessor, treeProcessor } from './processor.ts';
import { restoreHtmlBlocks, stashHtmlBlocks } from './stash-html-blocks.ts';

/**
 * A post body as its WordPress site showed it, as a sanitized tree: PHP Markdown Extra-style
 * Markdown (HTML blocks left alone), then wpautop (blank line = paragraph, single newline =
 * <br>, which hand-written HTML relies on), then parsing, shortcodes, ids and sanitizing.
 */
export async function renderBody(markdown: string): Promise<Root> {
  const { markdown: stashed, blocks } = stashHtmlBlocks(markdown);
  const html = restoreHtmlBlocks(String(await markdownProcessor.process(stashed)), blocks);
  const tree = fromHtml(autop(html), { fragment: true });
  return treeProcessor.run(tree);
}

/** Serializes part of a rendered body (one section). */
export function stringifyBody(tree: Root): string {
  return treeProcessor.stringify(tree);
}
