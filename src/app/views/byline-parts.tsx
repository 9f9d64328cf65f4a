import { Link } from 'react-router';
import { archivePagePath, authorPagePath, authorSlug, monthOf } from '../../content/data-paths.ts';
import { fillSlot } from '../i18n/fill-slot.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { PostDate } from './post-date.tsx';

/**
 * The parts of a byline. With `link`, the author's name goes to their page and the date to
 * its month's archive; without (embeds, where the app's router does not run), they are text.
 */

/** "By Ada Lovelace", with only the name linked, in the catalog's word order. */
export function BylineAuthor({ author, link, by = false }: BylineAuthorProps) {
  const messages = useMessages();
  if (author === '') return null;
  const slug = authorSlug(author);
  const name =
    link && slug !== '' ? (
      <Link className="folio-author-link" to={authorPagePath(slug)}>
        {author}
      </Link>
    ) : (
      author
    );
  if (!by) return <span className="folio-author">{name}</span>;
  return <span className="folio-author">{fillSlot(messages.byAuthor, name)}</span>;
}

interface BylineAuthorProps {
  author: string;
  link: boolean;
  /** Say "By …" (the article) rather than the bare name (lists). */
  by?: boolean;
}

/** The post's date, linked to the archive of its month. */
export function BylineDate({ iso, link }: { iso: string; link: boolean }) {
  const month = monthOf(iso);
  if (!link || month === null) return <PostDate iso={iso} />;
  return (
    <Link className="folio-date-link" to={archivePagePath(month)}>
      <PostDate iso={iso} />
    </Link>
  );
}

/** "6 min read"; nothing when the listing does not know yet (dev preview, body not compiled). */
export function ReadingTime({ minutes }: { minutes: number | undefined }) {
  const messages = useMessages();
  if (minutes === undefined) return null;
  return <span className="folio-reading-time">{messages.readingTime(minutes)}</span>;
}

export function BylineSeparator() {
  return (
    <span className="folio-byline-separator" aria-hidden="true">
      ·
    </span>
  );
}
