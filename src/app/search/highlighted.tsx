import type { TextSegment } from './highlight-text.ts';

/** Text runs with the matched ones in `<mark>`: React elements, never HTML strings. */
export function Highlighted({ segments }: { segments: TextSegment[] }) {
  return segments.map((segment, index) =>
    segment.mark ? (
      <mark key={index} className="folio-search-mark">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
