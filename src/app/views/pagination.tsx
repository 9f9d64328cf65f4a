import { useMemo } from 'react';
import { Link } from 'react-router';
import { indexPagePath } from '../../content/data-paths.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { useSite } from '../site-context.tsx';

/** Pages linked on each side of the current one, besides the first and the last. */
const AROUND = 2;

/**
 * The pages to show: the first, the last, and a few around the current one, with a gap
 * (`null`) where pages are left out. Never more than 2 × AROUND + 5 items, whatever the count.
 */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let n = Math.max(1, page - AROUND); n <= Math.min(pageCount, page + AROUND); n++) {
    shown.add(n);
  }
  const items: (number | null)[] = [];
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    // A gap of one page shows that page instead: "1 2 3 4", never "1 … 3 4".
    if (n - last === 2) items.push(last + 1);
    else if (n - last > 2) items.push(null);
    items.push(n);
    last = n;
  }
  return items;
}

/**
 * Links between the pages of a list: newer/older (rel=prev/next), and numbered pages with
 * the current one marked `aria-current="page"`. `pathOf` names a page's path (the index by
 * default; author and month pages pass their own).
 */
export function Pagination({
  page,
  pageCount,
  pathOf = indexPagePath,
}: {
  page: number;
  pageCount: number;
  pathOf?: (page: number) => string;
}) {
  const messages = useMessages();
  const { locale } = useSite();
  const numbers = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  if (pageCount <= 1) return null;
  return (
    <nav className="folio-pagination" aria-label={messages.pagination}>
      {page > 1 ? (
        <Link className="folio-pagination-link" to={pathOf(page - 1)} rel="prev">
          <span aria-hidden="true">← </span>
          {messages.newerPosts}
        </Link>
      ) : (
        <span />
      )}
      <div className="folio-pagination-pages">
        <ol className="folio-page-numbers">
          {pageWindow(page, pageCount).map((n, index) =>
            n === null ? (
              <li key={`gap-${index}`} className="folio-page-gap" aria-hidden="true">
                …
              </li>
            ) : (
              <li key={n}>
                <Link
                  className="folio-page-number"
                  to={pathOf(n)}
                  aria-label={messages.pageNumber(n)}
                  aria-current={n === page ? 'page' : undefined}
                >
                  {numbers.format(n)}
                </Link>
              </li>
            ),
          )}
        </ol>
        <span className="folio-pagination-status folio-visually-hidden">
          {messages.pageOfPages(page, pageCount)}
        </span>
      </div>
      {page < pageCount ? (
        <Link className="folio-pagination-link" to={pathOf(page + 1)} rel="next">
          {messages.olderPosts}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
