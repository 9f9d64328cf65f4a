import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { FolioEventMap } from './embed-events.ts';
import type { EmbedTheme } from './embed-options.ts';
import { adoptEmbedStyles } from './embed-styles.ts';
import { EmbedRoot } from './embed-root.tsx';

/** Listeners of the Folio events, as props of the React components. */
export interface FolioEventHandlers {
  onView?: (event: FolioEventMap['folio:view']) => void;
  /** Call `event.preventDefault()` to handle the link yourself (e.g. with your router). */
  onNavigate?: (event: FolioEventMap['folio:navigate']) => void;
  onAnchorCopy?: (event: FolioEventMap['folio:anchor-copy']) => void;
}

/**
 * The React components' element: a `<div>` with an open shadow root holding Folio's styles,
 * into which the embed renders through a portal, in the host app's own React tree. The
 * shadow root keeps the host's CSS out and Folio's in, as for the custom elements. Folio
 * events bubble out of the `<div>`; the `on…` props listen to them there.
 */
export function ShadowHost(
  props: FolioEventHandlers & {
    className?: string;
    /** Set as `data-theme` on the host, which the shadow CSS reads (embed-styles.ts). */
    theme?: EmbedTheme;
    render: (host: HTMLElement) => ReactNode;
  },
) {
  const [target, setTarget] = useState<{ host: HTMLElement; shadow: ShadowRoot } | null>(null);
  // A callback ref: the shadow root exists as soon as the `<div>` does. A remount (StrictMode,
  // or a moved element) finds the root it attached before.
  const attach = useCallback((host: HTMLDivElement | null) => {
    if (host === null) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    adoptEmbedStyles(shadow);
    setTarget({ host, shadow });
  }, []);
  const host = target?.host ?? null;
  useFolioListener(host, 'folio:view', props.onView);
  useFolioListener(host, 'folio:navigate', props.onNavigate);
  useFolioListener(host, 'folio:anchor-copy', props.onAnchorCopy);
  return (
    <div
      ref={attach}
      className={props.className}
      data-theme={props.theme === 'light' || props.theme === 'dark' ? props.theme : undefined}
    >
      {target !== null &&
        createPortal(<EmbedRoot>{props.render(target.host)}</EmbedRoot>, target.shadow)}
    </div>
  );
}

function useFolioListener<K extends keyof FolioEventMap>(
  host: HTMLElement | null,
  type: K,
  handler: ((event: FolioEventMap[K]) => void) | undefined,
): void {
  // One listener per host, calling the latest handler: re-subscribing when the handler
  // changes (an inline arrow, each render) left a gap in which the embed's own effects could
  // send `folio:view` unheard. Layout effects, because they run before the embed's effects.
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    if (host === null) return;
    const listener = (event: HTMLElementEventMap[K]) => latest.current?.(event);
    host.addEventListener(type, listener);
    return () => host.removeEventListener(type, listener);
  }, [host, type]);
}
