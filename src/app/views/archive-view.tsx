import { archivePagePath } from '../../content/data-paths.ts';
import type { ArchivePage } from '../../content/post-schema.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { useSite } from '../site-context.tsx';
import { ListingSummary } from './listing-summary.tsx';
import { formatMonth } from './format-month.ts';
import { ListingView } from './listing-view.tsx';

/** One page of a month's posts, newest first. */
export function ArchiveView({ page }: { page: ArchivePage }) {
  const site = useSite();
  const messages = useMessages();
  return (
    <ListingView
      listing={page}
      heading={messages.postsFromMonth(formatMonth(page, site))}
      intro={<ListingSummary total={page.totalPosts} page={page.page} pageCount={page.pageCount} />}
      pathOf={(n) => archivePagePath(page, n)}
    />
  );
}
