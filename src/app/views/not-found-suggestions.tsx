import { useMemo } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../i18n/use-messages.ts';
import { closestPaths, slugWords } from '../search/slug-suggestions.ts';
import { useSearch } from '../search/use-search.ts';
import { useSite } from '../site-context.tsx';

/** Search results the 404 page compares with the missing slug. */
const CANDIDATES = 20;

/**
 * The 404 page's "did you mean": the permalinks whose slug is closest to the missing one,
 * among the posts that share a word with it (or nearly: a typo is forgiven), ranked by how
 * alike their slugs are. Its own chunk with the search code (not-found-view.tsx loads it in
 * the browser only): a post page never needs it.
 */
export default function NotFoundSuggestions({ pathname, id }: { pathname: string; id: string }) {
  const site = useSite();
  const messages = useMessages();
  const { state } = useSearch(slugWords(pathname), { enabled: true, limit: CANDIDATES });
  const suggestions = useMemo(() => {
    if (state.status !== 'done') return [];
    const byPath = new Map(state.hits.map(({ post }) => [post.path, post]));
    return closestPaths(pathname, [...byPath.keys()]).flatMap((path) => {
      const post = byPath.get(path);
      return post === undefined ? [] : [post];
    });
  }, [state, pathname]);
  if (suggestions.length === 0) return null;
  return (
    <section className="folio-suggestions" aria-labelledby={id}>
      <h2 id={id}>{messages.didYouMean}</h2>
      <ul>
        {suggestions.map((post) => (
          <li key={post.path}>
            <Link to={post.path}>{post.title}</Link>{' '}
            <span className="folio-path">{site.base.replace(/\/$/, '') + post.path}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
