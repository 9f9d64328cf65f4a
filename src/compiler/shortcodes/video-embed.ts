import type { Element } from 'hast';
import { element, text } from './hast-builders.ts';

/**
 * Video embeds Folio writes itself, decided on the PARSED URL's host (never a substring) with
 * a validated id, so a post cannot smuggle another frame in. YouTube plays from
 * youtube-nocookie.com (no cookies until the reader presses play), Vimeo with `dnt=1`. The
 * frame is sandboxed: scripts run inside the provider's origin only, with no top navigation.
 */
export interface VideoRef {
  provider: 'youtube' | 'vimeo';
  id: string;
  /** Start offset in seconds, from `t=1m30s` / `start=90`. */
  start: number;
  /** The video's page, for the link fallback. */
  pageUrl: string;
}

const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);

export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

export function parseVideoUrl(value: string): VideoRef | null {
  const trimmed = value.trim().replace(/^\/\//, 'https://');
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start') ?? '');
  if (YOUTUBE_HOSTS.has(host)) {
    const id =
      parts[0] === 'watch'
        ? url.searchParams.get('v')
        : ['embed', 'v', 'shorts', 'live'].includes(parts[0] ?? '')
          ? (parts[1] ?? null)
          : null;
    return youtube(id, start);
  }
  if (host === 'youtu.be') return youtube(parts[0] ?? null, start);
  if (host === 'vimeo.com' || host === 'www.vimeo.com' || host === 'player.vimeo.com') {
    const id =
      (host === 'player.vimeo.com' ? (parts[0] === 'video' ? parts[1] : undefined) : parts[0]) ??
      '';
    if (!VIMEO_ID.test(id)) return null;
    return { provider: 'vimeo', id, start, pageUrl: `https://vimeo.com/${id}` };
  }
  return null;
}

/** `[youtube dQw4w9WgXcQ]` and plugins that take a bare id. */
export function youtubeFromId(id: string): VideoRef | null {
  return youtube(id.trim(), 0);
}

function youtube(id: string | null, start: number): VideoRef | null {
  if (id === null || !YOUTUBE_ID.test(id)) return null;
  return { provider: 'youtube', id, start, pageUrl: `https://www.youtube.com/watch?v=${id}` };
}

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds; anything else → 0. */
function seconds(value: string): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim());
  if (!match || value.trim() === '') return 0;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** The iframe src Folio allows for a video: also used to re-check frames after sanitizing. */
export function embedSrc(video: VideoRef): string {
  if (video.provider === 'youtube') {
    const url = new URL(`https://www.youtube-nocookie.com/embed/${video.id}`);
    if (video.start > 0) url.searchParams.set('start', String(video.start));
    return url.href;
  }
  const url = new URL(`https://player.vimeo.com/video/${video.id}`);
  url.searchParams.set('dnt', '1');
  return video.start > 0 ? `${url.href}#t=${video.start}s` : url.href;
}

/** True when `src` is exactly what embedSrc writes for some video. */
export function isAllowedEmbedSrc(src: string): boolean {
  const video = parseVideoUrl(src);
  return video !== null && embedSrc(video) === src;
}

/**
 * `<figure class="video-embed"><div class="video-embed-frame"><iframe …></div><figcaption>`:
 * the frame box gets its aspect ratio in CSS (width/height are kept as the ratio's hint), and
 * the caption links the video's own page, for readers whose browser, network or privacy tools
 * keep the frame from loading.
 */
export function videoEmbed(
  video: VideoRef,
  options: { title?: string; width?: number; height?: number } = {},
): Element {
  const width = options.width !== undefined && options.width > 0 ? options.width : 560;
  const height = options.height !== undefined && options.height > 0 ? options.height : 315;
  const site = video.provider === 'youtube' ? 'YouTube' : 'Vimeo';
  const title =
    options.title !== undefined && options.title.trim() !== ''
      ? options.title.trim()
      : `${site} video`;
  return element('figure', { className: ['video-embed', `video-embed-${video.provider}`] }, [
    element('div', { className: ['video-embed-frame'] }, [
      element('iframe', {
        src: embedSrc(video),
        title,
        width,
        height,
        loading: 'lazy',
        sandbox: EMBED_SANDBOX.split(' '),
        allow: 'accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen',
        allowFullScreen: true,
        referrerPolicy: 'strict-origin-when-cross-origin',
      }),
    ]),
    element('figcaption', {}, [element('a', { href: video.pageUrl }, [text(`Watch on ${site}`)])]),
  ]);
}
