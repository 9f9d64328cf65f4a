import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isNotFoundError } from '../app/data/data-errors.ts';
import { LoadingView } from '../app/views/loading-view.tsx';
import { EmbedMessage } from './embed-message.tsx';
import { EmbedShell } from './embed-shell.tsx';

/**
 * The states every embed shows inside its element before it has data: loading, not found
 * (a message), failed (a message with a retry). With data, it renders `children(data)`.
 */
export function EmbedQueryStates<TData>(props: {
  query: UseQueryResult<TData>;
  notFound: { title: string; text: string };
  failedTitle: string;
  children: (data: TData) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) {
    return (
      <EmbedShell>
        <LoadingView />
      </EmbedShell>
    );
  }
  if (query.isError) {
    return (
      <EmbedShell>
        {isNotFoundError(query.error) ? (
          <EmbedMessage title={props.notFound.title} text={props.notFound.text} />
        ) : (
          <EmbedMessage
            title={props.failedTitle}
            text={query.error.message}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </EmbedShell>
    );
  }
  return props.children(query.data);
}
