import type { EmbeddedPostsOptions } from './embedded-posts.tsx';
import { EmbeddedPosts } from './embedded-posts.tsx';
import { ShadowHost, type FolioEventHandlers } from './shadow-host.tsx';

export type FolioPostsProps = EmbeddedPostsOptions &
  FolioEventHandlers & {
    /** Class of the host `<div>`. */
    className?: string;
  };

/** The latest posts of a Folio site, for React sites: `<FolioPosts src="…" limit={3} />`. */
export function FolioPosts({
  className,
  onView,
  onNavigate,
  onAnchorCopy,
  ...options
}: FolioPostsProps) {
  return (
    <ShadowHost
      className={className}
      onView={onView}
      onNavigate={onNavigate}
      onAnchorCopy={onAnchorCopy}
      render={(host) => <EmbeddedPosts host={host} {...options} />}
    />
  );
}
