import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorView } from '../views/error-view.tsx';
import { NotFoundView } from '../views/not-found-view.tsx';
import { SiteFrame } from '../views/site-frame.tsx';
import { useMessages } from '../i18n/use-messages.ts';

/** Last resort for what the page boundaries rethrow: still a page with the site's frame. */
export function RootErrorBoundary() {
  const error = useRouteError();
  const messages = useMessages();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <SiteFrame>
        <NotFoundView />
      </SiteFrame>
    );
  }
  const message = error instanceof Error ? error.message : messages.unexpectedError;
  return (
    <SiteFrame>
      {/* A reload starts the app afresh, which is the honest retry for an unknown error. */}
      <ErrorView message={message} onRetry={() => window.location.reload()} />
    </SiteFrame>
  );
}
