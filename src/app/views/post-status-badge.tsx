import { useState } from 'react';
import type { PostSummary } from '../../content/post-schema.ts';
import { useMessages } from '../i18n/use-messages.ts';

/**
 * Drafts and scheduled (future-dated) posts appear only in dev preview; the badge keeps them
 * from being mistaken for live posts. Published posts get no badge.
 */
export function PostStatusBadge({ post, now }: { post: PostSummary; now?: number }) {
  // "Now" is read once per mount: a post does not flip from Scheduled mid-read.
  const [mountedAt] = useState(() => now ?? Date.now());
  const messages = useMessages();
  const label = post.draft
    ? messages.draft
    : Date.parse(post.date) > mountedAt
      ? messages.scheduled
      : undefined;
  return label === undefined ? null : <span className="folio-badge">{label}</span>;
}
