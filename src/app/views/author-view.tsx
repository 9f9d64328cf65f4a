import { authorPagePath } from '../../content/data-paths.ts';
import type { AuthorPage } from '../../content/post-schema.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { ListingSummary } from './listing-summary.tsx';
import { ListingView } from './listing-view.tsx';

/** One page of an author's posts, newest first. */
export function AuthorView({ page }: { page: AuthorPage }) {
  const messages = useMessages();
  return (
    <ListingView
      listing={page}
      heading={messages.postsBy(page.author)}
      intro={<ListingSummary total={page.totalPosts} page={page.page} pageCount={page.pageCount} />}
      pathOf={(n) => authorPagePath(page.slug, n)}
    />
  );
}
