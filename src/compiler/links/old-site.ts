import { normalizePostPath, type PostPath } from '../../content/post-path.ts';

/**
 * The old WordPress site, seen from one of its posts. Hosts compare without `www.` and
 * without scheme: exports mix http and https, www and bare host for the same site.
 */
export interface OldSite {
  /** `https://` + the permalink's host: where files that are not posts still live. */
  origin: string;
  /** The host without `www.`, lower case. */
  host: string;
  /** The post's page on the old site, https, as written: relative URLs resolve against it. */
  page: string;
  /** The post's own path (`/blog/slug/`): its shape tells what other posts' paths look like. */
  ownPath: PostPath;
}

/**
 * The old site seen from a post's permalink URL, which the permalink policy has parsed and
 * checked (http or https): read once, for every link of the post's body.
 */
export function oldSiteAt(url: URL): OldSite {
  const origin = `https://${url.host}`;
  return {
    origin,
    host: bareHost(url.hostname),
    page: `${origin}${url.pathname}`,
    ownPath: normalizePostPath(url.pathname),
  };
}

export function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isOldHost(url: URL, site: OldSite): boolean {
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') && bareHost(url.hostname) === site.host
  );
}
