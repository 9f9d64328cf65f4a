import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { normalizePostPath } from '../../content/post-path.ts';
import { siteHref } from '../../content/site-url.ts';
import { isOldHost, type OldSite } from '../links/old-site.ts';
import { INDEX_PHP, postIdPath, resolvePostPath } from '../links/post-path.ts';
import { note, type BodyReport } from '../report/body-report.ts';
import type { BodyContext } from './body-context.ts';
import { bodyData } from './body-file.ts';
import { forEachElement } from './for-each-element.ts';

/** Attributes holding one URL that a browser loads as media. */
const MEDIA_SRC: Record<string, string[]> = {
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
};

/**
 * Links and media URLs as they must read on the new site:
 * - a link to another post on the old host (http or https, with or without `www.`, absolute or
 *   root-relative, an older `/YYYY/MM/DD/slug/` permalink) becomes its in-app path
 *   (`/blog/slug/#part`); `/?p=ID` becomes `/p/ID/`, which the site redirects to the post;
 * - a link to this very post becomes an in-page `#part` link;
 * - other same-host links (files in /wp-content/, pages, archives) point at the old site, https;
 * - images and media: relative URLs resolved against the old site, http upgraded to https.
 * Without a permalink (no old host known) only http media are upgraded.
 */
export function rehypeLinks() {
  return (tree: Root, file: VFile) => {
    const { context, report } = bodyData(file);
    const site = context.oldSite ?? null;
    forEachElement(tree, (node) => {
      const props = node.properties;
      if ((node.tagName === 'a' || node.tagName === 'area') && typeof props.href === 'string') {
        props.href = rewriteHref(props.href, site, context, report);
      }
      for (const key of MEDIA_SRC[node.tagName] ?? []) {
        const value = props[key];
        if (typeof value === 'string') props[key] = mediaUrl(value, site, report);
      }
      if (
        (node.tagName === 'img' || node.tagName === 'source') &&
        typeof props.srcSet === 'string'
      ) {
        props.srcSet = props.srcSet
          .split(',')
          .map((candidate) => {
            const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
            return [mediaUrl(url, site, report, false), ...descriptor].join(' ');
          })
          .join(', ');
      }
    });
  };
}

function rewriteHref(
  href: string,
  site: OldSite | null,
  { knownPaths, base: siteBase = '/' }: BodyContext,
  report: BodyReport,
): string {
  // In-app paths are root-relative: under a base path (`/blog/`) they live below it.
  const inApp = (path: string) => siteHref(siteBase, path);
  const value = href.trim();
  if (value.startsWith('#') || site === null) return value;
  if (!URL.canParse(value, site.page)) return value;
  const url = new URL(value, site.page);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return value;
  if (!isOldHost(url, site)) return value;

  const id = url.searchParams.get('p');
  if (
    (url.pathname === '/' || url.pathname === '/index.php') &&
    id !== null &&
    /^\d{1,12}$/.test(id)
  ) {
    const target = inApp(postIdPath(Number(id))) + url.hash;
    if (target !== value) note(report, 'rewritten-link', `${value} → ${target}`);
    return target;
  }
  // The link's path is normalized here, once, where it enters.
  const path = normalizePostPath(url.pathname.replace(INDEX_PHP, ''));
  if (path === site.ownPath && url.search === '') return url.hash === '' ? inApp(path) : url.hash;
  const post = url.search === '' ? resolvePostPath(path, site, knownPaths) : null;
  if (post !== null && post.known !== false) {
    const target = inApp(post.path) + url.hash;
    if (target !== value) note(report, 'rewritten-link', `${value} → ${target}`);
    return target;
  }
  if (post !== null) note(report, 'missing-post', value);
  return `${site.origin}${url.pathname}${url.search}${url.hash}`;
}

function mediaUrl(
  value: string,
  site: OldSite | null,
  report: BodyReport,
  noteHttp = true,
): string {
  const trimmed = value.trim();
  const base = site?.page;
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (!URL.canParse(absolute, base)) return trimmed;
  const url = new URL(absolute, base);
  if (url.protocol === 'http:') {
    if (noteHttp) note(report, 'http-image', trimmed);
    url.protocol = 'https:';
  }
  if (url.protocol !== 'https:') return trimmed;
  if (site !== null && isOldHost(url, site))
    return `${site.origin}${url.pathname}${url.search}${url.hash}`;
  return url.href;
}
