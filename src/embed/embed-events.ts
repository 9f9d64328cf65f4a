/**
 * The events an embed sends to its host page, so the host wires its own analytics (Folio
 * loads no third-party script). All bubble and are composed: they leave the shadow root and
 * reach `document` listeners. `folio:navigate` is cancelable: `preventDefault()` keeps the
 * reader on the host page (the host then routes the URL itself).
 */
export interface FolioViewDetail {
  /** `post`: one post rendered; `posts`: a list rendered. */
  kind: 'post' | 'posts';
  /** The canonical URL of the post, or the site's home page for a list. */
  url: string;
  /** The post's title; the empty string for a list. */
  title: string;
}

export interface FolioNavigateDetail {
  /** Where the link goes, absolute. */
  url: string;
}

export interface FolioAnchorCopyDetail {
  /** The canonical URL of the section (post URL + `#id`). */
  url: string;
  sectionId: string;
  /** Whether the clipboard took it (the host page's permissions decide). */
  copied: boolean;
}

export interface FolioEventMap {
  'folio:view': CustomEvent<FolioViewDetail>;
  'folio:navigate': CustomEvent<FolioNavigateDetail>;
  'folio:anchor-copy': CustomEvent<FolioAnchorCopyDetail>;
}

type Detail<K extends keyof FolioEventMap> =
  FolioEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a Folio event; false when a listener cancelled it. */
export function emitFolioEvent<K extends keyof FolioEventMap>(
  target: EventTarget,
  type: K,
  detail: Detail<K>,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: type === 'folio:navigate',
    }),
  );
}

// Typed `addEventListener('folio:view', …)` on any element and on the document (the events
// bubble up to it), for TypeScript hosts.
declare global {
  interface HTMLElementEventMap {
    'folio:view': CustomEvent<FolioViewDetail>;
    'folio:navigate': CustomEvent<FolioNavigateDetail>;
    'folio:anchor-copy': CustomEvent<FolioAnchorCopyDetail>;
  }
  interface DocumentEventMap {
    'folio:view': CustomEvent<FolioViewDetail>;
    'folio:navigate': CustomEvent<FolioNavigateDetail>;
    'folio:anchor-copy': CustomEvent<FolioAnchorCopyDetail>;
  }
}
