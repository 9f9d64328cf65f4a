import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { SEARCH_QUERY_PARAM } from '../../content/search-paths.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { SearchResults, searchStatus } from './search-results.tsx';
import { useSearch } from './use-search.ts';
import { useSlashShortcut } from './use-slash-shortcut.ts';
import '../styles/search.css';

/** Results the page shows at first, and adds each time the reader asks for more. */
const PAGE_SIZE = 20;

/**
 * The search page, `/search/?q=…`. The box is the query: each keystroke replaces the URL's
 * `q` (so the page can be shared and reloaded, and Back leaves the page rather than undoing
 * letters), and Back/Forward to another query puts that query back in the box.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get(SEARCH_QUERY_PARAM) ?? '';
  const location = useLocation();
  const navigationType = useNavigationType();
  const [value, setValue] = useState(urlQuery);
  // The box follows the URL when another page or Back/Forward changed it, not when our own
  // typing did (that would reset the caret while the router catches up).
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (seenLocation !== location.key) {
    setSeenLocation(location.key);
    if (navigationType !== 'REPLACE') setValue(urlQuery);
  }
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const id = useId();
  const messages = useMessages();
  useSlashShortcut(input);
  useDocumentTitle(messages.searchPageTitle(urlQuery.trim()));
  // Results come a page at a time, each page's posts fetched when it is asked for.
  const [pages, setPages] = useState({ query: value, count: 1 });
  const limit = pages.query === value ? pages.count * PAGE_SIZE : PAGE_SIZE;
  const { state, query } = useSearch(value, { enabled: true, limit });
  // Asking for more moves focus to the first new result once it is there (the button may be
  // gone by then: it leaves with the last page).
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    const at = focusNext.current;
    if (at === null || state.status !== 'done' || state.hits.length <= at) return;
    focusNext.current = null;
    results.current?.querySelectorAll<HTMLAnchorElement>('a[data-folio-result]')[at]?.focus();
  }, [state]);

  const change = (next: string) => {
    setValue(next);
    setParams(next.trim() === '' ? {} : { [SEARCH_QUERY_PARAM]: next }, {
      replace: true,
      preventScrollReset: true,
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      change('');
    } else if (event.key === 'ArrowDown') {
      const first = results.current?.querySelector('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <div className="folio-search-page">
      <h1 className="folio-search-heading">{messages.searchPage}</h1>
      <form role="search" className="folio-search-form" onSubmit={(e) => e.preventDefault()}>
        <label className="folio-search-label" htmlFor={`${id}-input`}>
          {messages.searchPosts}
        </label>
        <input
          id={`${id}-input`}
          ref={input}
          className="folio-search-input"
          type="search"
          value={value}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint`}
          aria-keyshortcuts="/"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
        />
        <p className="folio-search-hint" id={`${id}-hint`}>
          {messages.searchHint}
        </p>
      </form>
      <p className="folio-search-status" role="status">
        {searchStatus(state, query, messages)}
      </p>
      <div ref={results}>
        {state.status === 'done' && <SearchResults hits={state.hits} input={input} />}
      </div>
      {state.status === 'done' && state.total > state.hits.length && (
        <p className="folio-search-more">
          <button
            type="button"
            className="folio-button"
            onClick={() => {
              focusNext.current = state.hits.length;
              setPages({ query: value, count: limit / PAGE_SIZE + 1 });
            }}
          >
            {messages.moreSearchResults(state.total - state.hits.length)}
          </button>
        </p>
      )}
    </div>
  );
}
