import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { shortcodeRegistry } from '../shortcodes/registry.ts';
import { remarkNoLiteralAutolinks } from './remark-no-literal-autolinks.ts';
import { rehypeDropEmptyParagraphs } from './rehype-drop-empty-paragraphs.ts';
import { remarkNoHtmlFlow } from './remark-no-html-flow.ts';
import { rehypeDemoteH1 } from './rehype-demote-h1.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeKramdownIds } from './rehype-kramdown-ids.ts';
import { rehypeLiftBlocks } from './rehype-lift-blocks.ts';
import { rehypeSafeAttributes } from './rehype-safe-attributes.ts';
import { rehypeShortcodes } from './rehype-shortcodes.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The body is rendered in WordPress's order (Markdown, then wpautop, then shortcodes), so the
 * pipeline has two halves joined by an HTML string (see render-body.ts). Both are built once
 * per process and reused for every post.
 */

/** Markdown to HTML; raw HTML passes through untouched for wpautop to see. */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkNoHtmlFlow)
  .use(remarkGfm)
  .use(remarkNoLiteralAutolinks)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/**
 * The parsed HTML tree to safe HTML. Order matters: ids and shortcodes are handled before
 * headings get ids, and sanitizing comes after everything that creates markup.
 */
export const treeProcessor = unified()
  .use(rehypeKramdownIds)
  .use(rehypeShortcodes, shortcodeRegistry)
  .use(rehypeDemoteH1)
  .use(rehypeLiftBlocks)
  .use(rehypeHeadingIds)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeSafeAttributes)
  .use(rehypeDropEmptyParagraphs)
  .use(rehypeStringify)
  .freeze();
