import { postViewOf, type EmbedTheme, type PostView } from './embed-options.ts';
import { EmbeddedPost } from './embedded-post.tsx';
import { ShadowHost, type FolioEventHandlers } from './shadow-host.tsx';

/** The props of `<FolioPost>`: the attributes of `<folio-post>`, typed (README "React"). */
export interface FolioPostProps extends FolioEventHandlers {
  /** The post's permalink URL, or its post JSON URL (`…/folio-data/v1/posts/….json`). */
  src: string;
  /** The site's base path (`/blog/`), when `src` is a permalink on a site under one. */
  base?: string;
  /** BCP 47 locale of dates and labels; default the reader's. */
  locale?: string;
  /** IANA time zone of dates; default the post's own UTC offset (the site's wall clock). */
  timeZone?: string;
  /** `teaser`: the opening section and a link to the rest; `full`: the whole post. Default:
   * teaser, or full when `sections` is given. */
  view?: PostView;
  /** Show at most this many sections (the untitled opening counts); default: all in full,
   * 1 in a teaser. */
  sections?: number;
  /** `auto` (default) follows the reader's system setting. */
  theme?: EmbedTheme;
  /** Class of the host `<div>` (its size and margins; the inside is themed with CSS variables). */
  className?: string;
}

/** One Folio post, for React sites: `<FolioPost src="https://blog.example.com/blog/a/" />`. */
export function FolioPost({
  className,
  theme,
  view,
  onView,
  onNavigate,
  onAnchorCopy,
  ...options
}: FolioPostProps) {
  return (
    <ShadowHost
      className={className}
      theme={theme}
      onView={onView}
      onNavigate={onNavigate}
      onAnchorCopy={onAnchorCopy}
      render={(host) => (
        <EmbeddedPost host={host} view={postViewOf(view, options.sections)} {...options} />
      )}
    />
  );
}
