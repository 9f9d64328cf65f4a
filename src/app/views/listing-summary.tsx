import { useMessages } from '../i18n/use-messages.ts';

/** "13 posts", and on later pages where the reader is. */
export function ListingSummary(props: { total: number; page: number; pageCount: number }) {
  const messages = useMessages();
  return (
    <p className="folio-listing-summary">
      {props.page > 1
        ? messages.postCountOnPage(props.total, props.page, props.pageCount)
        : messages.postCount(props.total)}
    </p>
  );
}
