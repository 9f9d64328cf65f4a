import { useMessagesOrEnglish } from '../i18n/messages-context.tsx';

/**
 * Shown only on the very first load, before any data is in; later navigations keep the page.
 * The embed shows it too, outside any site config: there it is in English.
 */
export function LoadingView() {
  const messages = useMessagesOrEnglish();
  return (
    <p className="folio-loading" role="status">
      {messages.loading}
    </p>
  );
}
