import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isDataError, isNotFoundError } from '../data/data-errors.ts';
import { ErrorView } from '../views/error-view.tsx';
import { NotFoundView } from '../views/not-found-view.tsx';

/**
 * Error boundary of each page route, rendered inside the site layout. A missing page is a
 * 404, not a failure; a failed or invalid load can be retried. Anything else is a bug, which
 * it rethrows to the root boundary rather than dressing it up as a load error.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isNotFoundError(error) || (isRouteErrorResponse(error) && error.status === 404)) {
    return <NotFoundView />;
  }
  if (isDataError(error)) {
    return (
      <ErrorView
        message={error.message}
        // Re-running the loaders refetches the query, which is in its error state.
        onRetry={() => void revalidator.revalidate()}
        retrying={revalidator.state === 'loading'}
      />
    );
  }
  throw error;
}
