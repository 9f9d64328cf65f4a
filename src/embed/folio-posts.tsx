import type { EmbedTheme, PostsView } from './embed-options.ts';
import { EmbeddedPosts } from './embedded-posts.tsx';
import { ShadowHost, type FolioEventHandlers } from './shadow-host.tsx';

/** The props of `<FolioPosts>`: the attributes of `<folio-posts>`, typed (README "React"). */
export interface FolioPostsProps extends FolioEventHandlers {
  /** The site's home page URL (`https://blog.example.com/blog/`), or an index JSON URL. */
  src: string;
  /** How many of the latest posts (at most the site's page size); default 3. */
  limit?: number;
  /** `cards` (default): title, byline and excerpt; `compact`: title and date. */
  view?: PostsView;
  /** BCP 47 locale of dates and labels; default the reader's. */
  locale?: string;
  /** IANA time zone of dates; default each post's own UTC offset. */
  timeZone?: string;
  /** `auto` (default) follows the reader's system setting. */
  theme?: EmbedTheme;
  /** Class of the host `<div>`. */
  className?: string;
}

/** The latest posts of a Folio site, for React sites: `<FolioPosts src="…" limit={3} />`. */
export function FolioPosts({
  className,
  theme,
  onView,
  onNavigate,
  onAnchorCopy,
  ...options
}: FolioPostsProps) {
  return (
    <ShadowHost
      className={className}
      theme={theme}
      onView={onView}
      onNavigate={onNavigate}
      onAnchorCopy={onAnchorCopy}
      render={(host) => <EmbeddedPosts host={host} {...options} />}
    />
  );
}
