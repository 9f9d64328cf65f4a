import { Link } from 'react-router';
import { archivePagePath } from '../../content/data-paths.ts';
import type { ArchiveIndex } from '../../content/post-schema.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { useSite } from '../site-context.tsx';
import { formatMonth } from './format-month.ts';

/** Every month with posts, newest first, grouped by year, each with its post count. */
export function ArchiveIndexView({ archive }: { archive: ArchiveIndex }) {
  const site = useSite();
  const messages = useMessages();
  const years = new Map<number, ArchiveIndex['months']>();
  for (const entry of archive.months) {
    const months = years.get(entry.year);
    if (months) months.push(entry);
    else years.set(entry.year, [entry]);
  }
  return (
    <div className="folio-archive">
      <h1 className="folio-listing-heading">{messages.archive}</h1>
      {archive.months.length === 0 && <p className="folio-empty">{messages.noPostsYet}</p>}
      {[...years].map(([year, months]) => (
        <section key={year} className="folio-archive-year" aria-labelledby={`folio-year-${year}`}>
          <h2 className="folio-archive-year-heading" id={`folio-year-${year}`}>
            {year}
          </h2>
          <ul className="folio-archive-months">
            {months.map((entry) => (
              <li key={entry.month} className="folio-archive-month">
                <Link to={archivePagePath(entry)}>{formatMonth(entry, site)}</Link>
                <span className="folio-archive-count">{messages.postCount(entry.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
