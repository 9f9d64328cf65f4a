import { useCallback, useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/use-messages.ts';

const SHOWN_MS = 4000;

/**
 * Copies a URL to the clipboard and returns the confirmation to show in a live region.
 * Where the Clipboard API is missing (an insecure origin) or refuses, nothing is announced:
 * the link itself still works.
 */
export function useCopyLink(): { status: string; copyLink: (url: string) => void } {
  const [status, setStatus] = useState('');
  const { linkCopied } = useMessages();
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copyLink = useCallback(
    (url: string) => {
      if (!('clipboard' in navigator)) return;
      navigator.clipboard.writeText(url).then(
        () => {
          setStatus(linkCopied);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => setStatus(''), SHOWN_MS);
        },
        () => undefined,
      );
    },
    [linkCopied],
  );
  return { status, copyLink };
}
