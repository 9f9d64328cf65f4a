import { useQueryClient } from '@tanstack/react-query';
import type { KeyboardEvent, RefObject } from 'react';
import { Link } from 'react-router';
import { postQuery } from '../data/post-query.ts';
import type { Messages } from '../i18n/messages.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { useSite } from '../site-context.tsx';
import { BylineAuthor, BylineDate, BylineSeparator } from '../views/byline-parts.tsx';
import { highlightText, snippetSegments } from './highlight-text.ts';
import { Highlighted } from './highlighted.tsx';
import type { SearchHit } from './run-search.ts';
import type { SearchState } from './use-search.ts';

/** What the status region says: read out by screen readers whenever it changes. */
export function searchStatus(state: SearchState, query: string, messages: Messages): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'loading':
      return messages.loadingSearchIndex;
    case 'error':
      return messages.searchUnavailable(state.error.message);
    case 'offline':
      return messages.searchOffline;
    case 'done':
      return state.total === 0
        ? messages.noSearchResults(query)
        : messages.searchResultCount(state.total, query);
  }
}

/**
 * The results of a search as a list of links, best first: the title and a snippet with the
 * matched words marked, date and author. Arrow keys move between results (Up from the first
 * returns to the search box, Escape too); Tab works as everywhere. Pointing at or focusing a
 * result starts loading its post, as in the index.
 */
export function SearchResults(props: {
  hits: SearchHit[];
  input: RefObject<HTMLInputElement | null>;
  onNavigate?: () => void;
}) {
  const queryClient = useQueryClient();
  const site = useSite();
  const messages = useMessages();
  if (props.hits.length === 0) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const links = [
      ...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-folio-result]'),
    ];
    const at = links.findIndex((link) => link === document.activeElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      props.input.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) props.input.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  return (
    <ol className="folio-search-results" aria-label={messages.searchResults} onKeyDown={onKeyDown}>
      {props.hits.map(({ post, terms }) => {
        const prefetch = () => void queryClient.prefetchQuery(postQuery(site, post.path));
        return (
          <li key={post.path} className="folio-search-result">
            <Link
              className="folio-search-result-title"
              to={post.path}
              data-folio-result=""
              onMouseEnter={prefetch}
              onFocus={prefetch}
              onClick={props.onNavigate}
            >
              <Highlighted segments={highlightText(post.title, terms)} />
            </Link>
            <p className="folio-byline">
              <BylineDate iso={post.date} link={false} />
              {post.author !== '' && <BylineSeparator />}
              <BylineAuthor author={post.author} link={false} />
            </p>
            <p className="folio-search-snippet">
              <Highlighted segments={snippetSegments(post.text, terms)} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
