import type { IndexPage } from '../../content/post-schema.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { ListingView } from './listing-view.tsx';

/** One page of the post list, newest first as the page JSON orders it. */
export function IndexView({ index }: { index: IndexPage }) {
  const messages = useMessages();
  return (
    <ListingView
      listing={index}
      heading={index.page > 1 ? messages.postsPage(index.page) : messages.posts}
      headingHidden
    />
  );
}
