/**
 * Not-found and error states inside the element. The app's own views for these set the
 * document title and link into the app's router; an embed must touch neither.
 */
export function EmbedMessage(props: {
  title: string;
  text: string;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  return (
    <div className="folio-message" role={props.onRetry ? 'alert' : undefined}>
      <h1>{props.title}</h1>
      <p className="folio-error-message">{props.text}</p>
      {props.onRetry && (
        <button
          className="folio-button"
          type="button"
          onClick={props.onRetry}
          disabled={props.retrying}
        >
          {props.retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </div>
  );
}
