import { formatPostDate } from '../format-date.ts';
import { useSite } from '../site-context.tsx';

/** A post's date as `<time>`: machine-readable instant, human date in the site's zone. */
export function PostDate({ iso }: { iso: string }) {
  const site = useSite();
  return (
    <time className="folio-date" dateTime={iso}>
      {formatPostDate(iso, site)}
    </time>
  );
}
