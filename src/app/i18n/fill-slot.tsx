import type { ReactNode } from 'react';

/** Stands for the node while the message is built: no catalog string contains it. */
const SLOT = '\u0000';

/**
 * A catalog sentence with an element inside it (a link, a `<code>`), where the language
 * puts it: `byAuthor` is "By {name}" in English but could end with the name elsewhere.
 */
export function fillSlot(message: (slot: string) => string, node: ReactNode): ReactNode {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}
