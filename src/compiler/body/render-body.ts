import { autop } from '@wordpress/autop';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { note, type BodyReport } from '../report/body-report.ts';
import type { BodyContext } from './body-context.ts';
import { cleanText, dropBlockComments } from './clean-text.ts';
import { detectMode } from './detect-mode.ts';
import { limitNesting, MAX_DEPTH } from './limit-nesting.ts';
import { normalizeInlineTags } from './normalize-inline-tags.ts';
import { bracketDefinitionUrls } from './php-markdown-definitions.ts';
import { detab } from './php-markdown-detab.ts';
import { escapeInterruptingLists } from './php-markdown-lists.ts';
import { explicitStrong } from './php-markdown-strong.ts';
import { markdownToHtml } from './markdown-to-html.ts';
import { treeProcessor } from './processor.ts';
import { restoreHtmlBlocks, stashHtmlBlocks } from './stash-html-blocks.ts';

export interface RenderedBody {
  /** The sanitized body; `tree.data.folioTeaser` holds the text before `<!--more-->`. */
  tree: Root;
  /** What was unknown, dropped, rewritten or suspicious: the post's health report. */
  report: BodyReport;
}

/**
 * A post body as its WordPress site showed it, as a sanitized tree. The body is cleaned of
 * invisible junk, its nesting bounded, and read in the mode detect-mode.ts picks:
 * - markdown: PHP Markdown Extra-style Markdown (tabs expanded, HTML blocks left alone), then
 *   wpautop;
 * - html: wpautop alone (blank line = paragraph, single newline = <br>), as WordPress core;
 * - blocks: Gutenberg HTML as written (WordPress skips wpautop for it).
 * Then parsing, shortcodes, embeds, code highlighting, ids, links and sanitizing.
 */
export async function renderPostBody(
  body: string,
  context: BodyContext = {},
): Promise<RenderedBody> {
  const limited = limitNesting(cleanText(body));
  const mode = detectMode(limited.text);
  const report: BodyReport = { mode, entries: [] };
  if (limited.removed > 0) {
    note(report, 'nesting-limited', `${limited.removed} levels deeper than ${MAX_DEPTH} flattened`);
  }
  const file = new VFile();
  file.data.folio = { context, report };
  try {
    const tree = fromHtml(toHtml(limited.text, mode), { fragment: true });
    return { tree: await treeProcessor.run(tree, file), report };
  } catch (error) {
    // Nesting the limits above did not foresee overflowed a recursive step: the post is shown
    // as plain text paragraphs rather than failing the build.
    if (!(error instanceof RangeError)) throw error;
    note(report, 'nesting-limited', 'nested too deeply to render: shown as plain text');
    return { tree: await treeProcessor.run(plainTextTree(limited.text), file), report };
  }
}

function plainTextTree(text: string): Root {
  return {
    type: 'root',
    children: text
      .split(/\n\s*\n/)
      .filter((part) => part.trim() !== '')
      .map((part) => ({
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [{ type: 'text', value: part.trim() }],
      })),
  };
}

/** The sanitized tree alone (see renderPostBody). */
export async function renderBody(body: string, context: BodyContext = {}): Promise<Root> {
  return (await renderPostBody(body, context)).tree;
}

function toHtml(text: string, mode: BodyReport['mode']): string {
  if (mode === 'blocks') return dropBlockComments(text);
  if (mode === 'html') return autop(text);
  const { markdown: stashed, blocks } = stashHtmlBlocks(detab(text));
  const html = markdownToHtml(
    bracketDefinitionUrls(escapeInterruptingLists(explicitStrong(normalizeInlineTags(stashed)))),
  );
  return autop(restoreHtmlBlocks(html, blocks));
}

/** Serializes part of a rendered body (one section). */
export function stringifyBody(tree: Root): string {
  return treeProcessor.stringify(tree);
}
