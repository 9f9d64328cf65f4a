/** A thin bar showing how much of the article has been read (native `<progress>`). */
export function ReadingProgress({ percent }: { percent: number }) {
  return (
    <progress
      className="folio-reading-progress"
      max={100}
      value={percent}
      aria-label="Reading progress"
    />
  );
}
