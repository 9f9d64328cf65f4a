import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { note } from '../report/body-report.ts';
import { number } from '../shortcodes/embed.ts';
import { element, httpUrl, text } from '../shortcodes/hast-builders.ts';
import { mediaFilePlayer } from '../shortcodes/media-sources.ts';
import { parseVideoUrl, videoEmbed } from '../shortcodes/video-embed.ts';
import { bodyData } from './body-file.ts';

const SKIP = new Set(['pre', 'code', 'kbd', 'samp', 'a', 'script', 'style', 'textarea']);
const FRAME = new Set(['iframe', 'object', 'embed']);
const BARE_URL = /^\s*(https?:\/\/[^\s<>"]+)\s*$/;

/**
 * Embedded media as WordPress showed it, minus what would run foreign code in the page:
 * - `<iframe>`, `<object>`, `<embed>` pointing at YouTube or Vimeo become Folio's sandboxed,
 *   privacy-friendly player (video-embed.ts); any other iframe becomes a link to its URL,
 *   any other object/embed (Flash) is removed.
 * - A URL alone on its line (WordPress's auto-embed) becomes the player for a video or a media
 *   file, and a link otherwise, as WordPress did for providers it did not know.
 */
export function rehypeEmbeds() {
  return (tree: Root, file: VFile) => {
    const { report } = bodyData(file);
    const fallback = (url: string) => {
      note(report, 'embed-fallback', url);
      return element('a', { href: url }, [text(url)]);
    };
    const walk = (parent: Root | Element) => {
      const next: ElementContent[] = [];
      for (const child of parent.children) {
        if (child.type === 'doctype') continue;
        if (child.type !== 'element') {
          next.push(child);
          continue;
        }
        if (FRAME.has(child.tagName)) {
          next.push(
            ...replaceFrame(child, fallback, (detail) => note(report, 'removed-element', detail)),
          );
          continue;
        }
        if (SKIP.has(child.tagName) || isOwnEmbed(child)) {
          next.push(child);
          continue;
        }
        walk(child);
        // A <div> holding only a URL is a block editor embed (`wp-block-embed__wrapper`).
        next.push(
          ...(child.tagName === 'p' || child.tagName === 'div'
            ? embedUrlLines(child, fallback)
            : [child]),
        );
      }
      parent.children = next;
    };
    walk(tree);
  };
}

function replaceFrame(
  frame: Element,
  fallback: (url: string) => Element,
  removed: (detail: string) => void,
): ElementContent[] {
  const props = frame.properties;
  const params = frame.children.filter(
    (child): child is Element =>
      child.type === 'element' && (child.tagName === 'param' || child.tagName === 'embed'),
  );
  const sources = [
    props.src,
    props.data,
    ...params.map((param) => param.properties.value ?? param.properties.src),
  ]
    .filter((value): value is string => typeof value === 'string')
    .map((value) => (value.trim().startsWith('//') ? `https:${value.trim()}` : value.trim()));
  for (const source of sources) {
    const video = parseVideoUrl(source);
    if (video) {
      const title = typeof props.title === 'string' ? props.title : undefined;
      return [
        videoEmbed(video, {
          title,
          width: number(String(props.width ?? '')),
          height: number(String(props.height ?? '')),
        }),
      ];
    }
  }
  // A frame's page is worth a link; a Flash <object>/<embed> is not (no browser plays it).
  const url = sources.map((source) => httpUrl(source)).find((value) => value !== null);
  if (url !== undefined && frame.tagName === 'iframe') return [fallback(url)];
  removed(
    url === undefined ? `<${frame.tagName}> without a usable URL` : `<${frame.tagName}> of ${url}`,
  );
  return [];
}

/**
 * Splits a paragraph at `<br>` into lines; a line that is only a URL is embedded. The lines
 * around it stay paragraphs of their own.
 */
function embedUrlLines(paragraph: Element, fallback: (url: string) => Element): ElementContent[] {
  const hasCandidate = paragraph.children.some(
    (child) => child.type === 'text' && /https?:\/\//.test(child.value),
  );
  if (!hasCandidate) return [paragraph];
  const lines: ElementContent[][] = [[]];
  for (const child of paragraph.children) {
    lines.at(-1)?.push(child);
    if (child.type === 'element' && child.tagName === 'br') lines.push([]);
  }
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    while (run.length > 0 && isBreakOrBlank(run.at(-1))) run.pop();
    while (run.length > 0 && isBreakOrBlank(run[0])) run.shift();
    const first = run[0];
    if (first?.type === 'text') run[0] = { ...first, value: first.value.trimStart() };
    if (run.some((node) => !isBreakOrBlank(node))) out.push({ ...paragraph, children: run });
    run = [];
  };
  let changed = false;
  for (const line of lines) {
    const content = line.filter((node) => !isBreakOrBlank(node));
    const only =
      content.length === 1 && content[0]?.type === 'text'
        ? BARE_URL.exec(content[0].value)?.[1]
        : undefined;
    const url = only === undefined ? null : httpUrl(only);
    if (url === null) {
      run.push(...line);
      continue;
    }
    changed = true;
    flush();
    const video = parseVideoUrl(url);
    out.push(
      video ? videoEmbed(video) : (mediaFilePlayer(url) ?? element('p', {}, [fallback(url)])),
    );
  }
  if (!changed) return [paragraph];
  flush();
  return out;
}

/** A player a shortcode already wrote: left as it is. */
function isOwnEmbed(node: Element): boolean {
  const classes = node.properties.className;
  return node.tagName === 'figure' && Array.isArray(classes) && classes.includes('video-embed');
}

function isBreakOrBlank(node: ElementContent | undefined): boolean {
  if (node === undefined) return false;
  if (node.type === 'text') return node.value.trim() === '';
  return node.type === 'element' && node.tagName === 'br';
}
