import { lazy, Suspense, useId, useSyncExternalStore, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SEARCH_QUERY_PARAM } from '../../content/search-paths.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { fillSlot } from '../i18n/fill-slot.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { searchPageUrl } from '../search/search-url.ts';
import { slugWords } from '../search/slug-suggestions.ts';
import { useSite } from '../site-context.tsx';
import '../styles/search.css';

/** The suggestions and the search code behind them, loaded by the browser only. */
const NotFoundSuggestions = lazy(() => import('./not-found-suggestions.tsx'));

/**
 * The 404 page: for unknown paths and for posts whose data file does not exist. It offers
 * the permalinks whose slug is closest to the missing one ("did you mean", among the posts
 * the search index finds for its words, in the browser only), a search box filled with the
 * missing slug's words, and the home page. The prerendered 404.html has the message, the box
 * and the link; the browser renders it afresh for the real path and adds the suggestions.
 */
export function NotFoundView() {
  const { pathname } = useLocation();
  const site = useSite();
  const navigate = useNavigate();
  const id = useId();
  const messages = useMessages();
  useDocumentTitle(messages.pageNotFound);
  // The router's pathname is relative to the base; show the reader the path they visited.
  const visited = site.base.replace(/\/$/, '') + pathname;
  const inBrowser = useSyncExternalStore(subscribeToNothing, isBrowser, isServer);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get(SEARCH_QUERY_PARAM);
    void navigate(searchPageUrl(typeof query === 'string' ? query : ''));
  };

  return (
    <div className="folio-message folio-not-found">
      <h1>{messages.pageNotFound}</h1>
      <p>{fillSlot(messages.nothingAtPath, <code className="folio-path">{visited}</code>)}</p>
      {inBrowser && (
        <Suspense fallback={null}>
          <NotFoundSuggestions pathname={pathname} id={`${id}-suggestions`} />
        </Suspense>
      )}
      <form
        role="search"
        aria-label={messages.searchForMissingPage}
        className="folio-search-form"
        onSubmit={search}
        key={pathname}
      >
        <label className="folio-search-label" htmlFor={`${id}-search`}>
          {messages.searchPosts}
        </label>
        <div className="folio-search-row">
          <input
            id={`${id}-search`}
            className="folio-search-input"
            type="search"
            name={SEARCH_QUERY_PARAM}
            defaultValue={slugWords(pathname)}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button className="folio-button" type="submit">
            {messages.search}
          </button>
        </div>
      </form>
      <p>
        <Link to="/">{messages.goToHomePage}</Link>
      </p>
    </div>
  );
}

/** Whether this render is in the browser: false on the server (the prerendered 404 page). */
const subscribeToNothing = () => () => undefined;
const isBrowser = () => true;
const isServer = () => false;
