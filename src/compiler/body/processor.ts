import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { shortcodeRegistry } from '../shortcodes/registry.ts';
import { rehypeAnchors } from './rehype-anchors.ts';
import { rehypeAudit } from './rehype-audit.ts';
import { rehypeClobber } from './rehype-clobber.ts';
import { rehypeCode } from './rehype-code.ts';
import { rehypeDemoteH1 } from './rehype-demote-h1.ts';
import { rehypeDropEmptyParagraphs } from './rehype-drop-empty-paragraphs.ts';
import { rehypeEmbeds } from './rehype-embeds.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeImageLoading } from './rehype-image-loading.ts';
import { rehypeInPageLinks } from './rehype-in-page-links.ts';
import { rehypeKramdownIds } from './rehype-kramdown-ids.ts';
import { rehypeLiftBlocks } from './rehype-lift-blocks.ts';
import { rehypeLinks } from './rehype-links.ts';
import { rehypeMore } from './rehype-more.ts';
import { rehypeNoscriptFallbacks } from './rehype-noscript-fallbacks.ts';
import { rehypeSafeAttributes } from './rehype-safe-attributes.ts';
import { rehypeShortcodes } from './rehype-shortcodes.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The body is rendered in WordPress's order (Markdown, then wpautop, then shortcodes), so the
 * pipeline has two halves joined by an HTML string (see render-body.ts): markdown-to-html.ts,
 * then this processor, built once per process and reused for every post.
 */

/**
 * The parsed HTML tree to safe HTML. Order matters: script fallbacks before shortcodes,
 * shortcodes and embeds before code highlighting and ids, links before the sanitizer checks
 * their schemes, and ids are made clobber-safe and in-page links checked once ids are final.
 */
export const treeProcessor = unified()
  .use(rehypeNoscriptFallbacks)
  .use(rehypeKramdownIds)
  .use(rehypeShortcodes, shortcodeRegistry)
  .use(rehypeDemoteH1)
  .use(rehypeEmbeds)
  .use(rehypeLiftBlocks)
  .use(rehypeCode)
  .use(rehypeAnchors)
  .use(rehypeHeadingIds)
  .use(rehypeLinks)
  .use(rehypeMore)
  .use(rehypeAudit)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeSafeAttributes)
  .use(rehypeClobber)
  .use(rehypeInPageLinks)
  .use(rehypeImageLoading)
  .use(rehypeDropEmptyParagraphs)
  .use(rehypeStringify)
  .freeze();
