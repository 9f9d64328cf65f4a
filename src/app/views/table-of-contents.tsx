import { useMemo, useRef } from 'react';
import type { PostSection } from '../../content/post-schema.ts';
import { useReadingProgress } from '../hooks/use-reading-progress.ts';
import { useScrollSpy } from '../hooks/use-scroll-spy.ts';
import { ReadingProgress } from './reading-progress.tsx';
import { useMessages } from '../i18n/use-messages.ts';

/** Fewer sections than this need no table of contents: the reader sees them all at once. */
const MIN_SECTIONS = 3;

/**
 * The post's sections as links, with the one in view marked and a reading-progress bar.
 * Both layouts are in the markup, a disclosure for narrow screens and a column for wide
 * ones, and CSS shows one (toc.css): choosing by window size in render would make the
 * server's HTML differ from the client's first render.
 */
export function TableOfContents({ sections }: { sections: readonly PostSection[] }) {
  const entries = useMemo(
    () => sections.filter((section) => section.level === 2 && section.id !== ''),
    [sections],
  );
  if (entries.length < MIN_SECTIONS) return null;
  return <Contents entries={entries} />;
}

function Contents({ entries }: { entries: readonly PostSection[] }) {
  const root = useRef<HTMLDivElement>(null);
  const disclosure = useRef<HTMLDetailsElement>(null);
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const active = useScrollSpy(ids);
  const percent = useReadingProgress(root);
  const messages = useMessages();
  // The narrow disclosure sticks to the top of the screen: close it once a link is chosen,
  // or it would cover the section it just scrolled to.
  const close = () => {
    if (disclosure.current) disclosure.current.open = false;
  };
  return (
    <div className="folio-toc" ref={root}>
      <div className="folio-toc-narrow">
        <details className="folio-toc-disclosure" ref={disclosure}>
          <summary>{messages.contents}</summary>
          <nav aria-label={messages.contents} onClick={close}>
            <ContentsList entries={entries} active={active} />
          </nav>
        </details>
        <ReadingProgress percent={percent} />
      </div>
      <nav className="folio-toc-aside" aria-label={messages.contents}>
        <p className="folio-toc-label">{messages.contents}</p>
        <ContentsList entries={entries} active={active} />
        <ReadingProgress percent={percent} />
      </nav>
    </div>
  );
}

function ContentsList({ entries, active }: { entries: readonly PostSection[]; active: string }) {
  return (
    <ol className="folio-toc-list">
      {entries.map((entry, index) => (
        <li key={`${String(index)}-${entry.id}`}>
          <a href={`#${entry.id}`} aria-current={entry.id === active ? 'location' : undefined}>
            {entry.title}
          </a>
        </li>
      ))}
    </ol>
  );
}
