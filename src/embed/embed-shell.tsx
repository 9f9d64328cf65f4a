import { useLayoutEffect, useRef, type MouseEventHandler, type ReactNode } from 'react';
import { nameParts } from './embed-parts.ts';

/** The box every embed renders in: its look, its `::part()` names, its click handling. */
export function EmbedShell({
  children,
  onClick,
}: {
  children: ReactNode;
  onClick?: MouseEventHandler<HTMLElement>;
}) {
  const container = useRef<HTMLDivElement>(null);
  // After every render: the parts follow what is on screen (loading, then the post).
  useLayoutEffect(() => {
    if (container.current !== null) nameParts(container.current);
  });
  return (
    // Only delegates clicks on the links inside, which stay keyboard-operable links.
    <div className="folio-embed" ref={container} onClick={onClick}>
      {children}
    </div>
  );
}
