import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { normalizePostPath } from '../../content/post-path.ts';
import { useSite } from '../site-context.tsx';
import { healthQuery } from './health-query.ts';
import { useMessages } from '../i18n/use-messages.ts';

/**
 * Dev preview only: what importing the open post changed or could not show (unknown
 * shortcodes, removed elements, broken anchors…), folded into a small corner panel so it
 * never hides the article. Pages that are no post show nothing.
 */
export function HealthPanel() {
  const site = useSite();
  const messages = useMessages();
  const { pathname } = useLocation();
  const { data } = useQuery(healthQuery(site, normalizePostPath(pathname)));
  if (data === undefined) return null;
  const toFix = data.lines.filter((line) => !line.informational);
  const summary =
    toFix.length === 0
      ? messages.importReportClean(data.mode)
      : messages.importReportNotes(toFix.length, data.mode);

  return (
    <details className="folio-dev-health">
      <summary>{summary}</summary>
      {data.lines.length === 0 ? (
        <p>{messages.shownAsWritten}</p>
      ) : (
        <ul>
          {data.lines.map((line) => (
            <li
              key={`${line.label}:${line.detail}`}
              className={line.informational ? 'folio-dev-health-info' : undefined}
            >
              <strong>{line.label}</strong> {line.detail}
              {line.count > 1 && <span> (×{line.count})</span>}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
