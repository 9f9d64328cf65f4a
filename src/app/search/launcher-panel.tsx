import type { RefObject } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../i18n/use-messages.ts';
import { SearchResults, searchStatus } from './search-results.tsx';
import { searchPageUrl } from './search-url.ts';
import { useSearch } from './use-search.ts';

/** How many results the header panel shows; the search page shows them all. */
const PANEL_LIMIT = 5;

/**
 * What the header's search box shows under it: the status read out to screen readers and the
 * panel with the best results. Its own chunk with the search code (loading and ranking the
 * index, the results), loaded when the box is first focused or typed in (search-launcher.tsx):
 * a reader who never searches never downloads it.
 */
export default function LauncherPanel({
  id,
  value,
  open,
  input,
  panel,
  onNavigate,
}: {
  id: string;
  value: string;
  open: boolean;
  input: RefObject<HTMLInputElement | null>;
  panel: RefObject<HTMLDivElement | null>;
  onNavigate: () => void;
}) {
  const messages = useMessages();
  const { state, query } = useSearch(value, { enabled: true, limit: PANEL_LIMIT });
  const showing = open && query !== '';
  const status = showing ? searchStatus(state, query, messages) : '';
  return (
    <>
      <p className="folio-visually-hidden" role="status">
        {status}
      </p>
      <div className="folio-search-panel" id={id} ref={panel} hidden={!showing}>
        {showing && (
          <>
            <p className="folio-search-status" aria-hidden="true">
              {status}
            </p>
            {state.status === 'done' && (
              <SearchResults hits={state.hits} input={input} onNavigate={onNavigate} />
            )}
            {state.status === 'done' && state.total > PANEL_LIMIT && (
              <p className="folio-search-more">
                <Link to={searchPageUrl(query)} onClick={onNavigate}>
                  {messages.seeAllResults(state.total)}
                </Link>
              </p>
            )}
          </>
        )}
      </div>
    </>
  );
}
