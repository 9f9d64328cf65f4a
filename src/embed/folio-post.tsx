import type { EmbeddedPostOptions } from './embedded-post.tsx';
import { EmbeddedPost } from './embedded-post.tsx';
import { ShadowHost, type FolioEventHandlers } from './shadow-host.tsx';

export type FolioPostProps = EmbeddedPostOptions &
  FolioEventHandlers & {
    /** Class of the host `<div>` (its size and margins; the inside is themed with CSS variables). */
    className?: string;
  };

/** One Folio post, for React sites: `<FolioPost src="https://blog.example.com/blog/a/" />`. */
export function FolioPost({
  className,
  onView,
  onNavigate,
  onAnchorCopy,
  ...options
}: FolioPostProps) {
  return (
    <ShadowHost
      className={className}
      onView={onView}
      onNavigate={onNavigate}
      onAnchorCopy={onAnchorCopy}
      render={(host) => <EmbeddedPost host={host} {...options} />}
    />
  );
}
