import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useMessages } from '../i18n/use-messages.ts';

interface ErrorViewProps {
  message: string;
  /** Retries loading; the button is hidden when there is nothing to retry. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** A page that could not be loaded: what went wrong, and a way to try again. */
export function ErrorView({ message, onRetry, retrying = false }: ErrorViewProps) {
  const messages = useMessages();
  useDocumentTitle(messages.couldNotLoadPage);
  return (
    <div className="folio-message" role="alert">
      <h1>{messages.couldNotLoadPage}</h1>
      <p className="folio-error-message">{message}</p>
      {onRetry && (
        <button className="folio-button" type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? messages.tryingAgain : messages.tryAgain}
        </button>
      )}
    </div>
  );
}
