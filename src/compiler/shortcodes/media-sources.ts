import type { Element, ElementContent } from 'hast';
import { element, httpUrl, text } from './hast-builders.ts';

/** The file attributes WordPress's [audio]/[video] take, with the type each implies. */
const TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
};

/** `<source>` elements for `src=` and each `mp3=`/`mp4=`… attribute that is an http(s) URL. */
export function mediaSources(named: Record<string, string | undefined>): {
  sources: ElementContent[];
  first: string | null;
} {
  const sources: ElementContent[] = [];
  let first: string | null = null;
  for (const key of ['src', ...Object.keys(TYPES)]) {
    const url = httpUrl(named[key]);
    if (url === null) continue;
    first ??= url;
    const extension =
      /\.([a-z0-9]+)(?:$|[?#])/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
    const type = TYPES[key] ?? TYPES[extension];
    sources.push(element('source', type === undefined ? { src: url } : { src: url, type }));
  }
  return { sources, first };
}

/** What a browser without audio/video support shows: a link to the file. */
export function fileLink(url: string): ElementContent {
  return element('a', { href: url }, [text(url)]);
}

const VIDEO_FILE = /\.(?:mp4|m4v|webm|ogv|mov)$/i;
const AUDIO_FILE = /\.(?:mp3|m4a|ogg|oga|wav|flac)$/i;

/**
 * A link to a media file, as WordPress's embed handlers showed one (`[embed]…/clip.mp4[/embed]`
 * or the URL alone on a line): a native player that loads nothing before play, with a link to
 * the file inside for browsers that cannot play it. Null when the URL is no audio/video file.
 */
export function mediaFilePlayer(
  url: string,
  size: { width?: number; height?: number } = {},
): Element | null {
  const path = new URL(url).pathname;
  if (VIDEO_FILE.test(path)) {
    const dimensions =
      size.width !== undefined && size.height !== undefined
        ? { width: size.width, height: size.height }
        : {};
    return element(
      'video',
      { controls: true, preload: 'metadata', playsInline: true, ...dimensions },
      [element('source', { src: url }), fileLink(url)],
    );
  }
  if (AUDIO_FILE.test(path)) {
    return element('audio', { controls: true, preload: 'none' }, [
      element('source', { src: url }),
      fileLink(url),
    ]);
  }
  return null;
}
