import { useMessages } from '../i18n/use-messages.ts';

/** A thin bar showing how much of the article has been read (native `<progress>`). */
export function ReadingProgress({ percent }: { percent: number }) {
  const messages = useMessages();
  return (
    <progress
      className="folio-reading-progress"
      max={100}
      value={percent}
      aria-label={messages.readingProgress}
    />
  );
}
