import { useMemo } from 'react';
import { useSite } from '../site-context.tsx';
import { messagesFor } from './catalogs.ts';
import type { Messages } from './messages.ts';

/** The interface strings in the site's locale (`locale` in the site config). */
export function useMessages(): Messages {
  const { locale } = useSite();
  return useMemo(() => messagesFor(locale), [locale]);
}
