import { emitFolioEvent } from './embed-events.ts';

/** What the handler reads of a click: a DOM click (script embed) or React's (components). */
type Click = Pick<MouseEvent, 'defaultPrevented' | 'button' | 'target' | 'preventDefault'>;

/**
 * Clicks inside an embed. Links stay real links; the host hears about them first:
 * - a section anchor (`#id`, the `#` beside each heading) scrolls to the section inside the
 *   shadow root (the host page's own `#` navigation cannot see into it), copies the section's
 *   canonical URL and sends `folio:anchor-copy`;
 * - any other link sends `folio:navigate`; a host that cancels it handles the URL itself.
 */
export function createClickHandler(host: HTMLElement, postUrl: string | null) {
  return (event: Click) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (!(event.target instanceof Element)) return;
    const anchor = event.target.closest('a');
    const href = anchor?.getAttribute('href') ?? '';
    if (anchor === null || href === '') return;
    if (href.startsWith('#')) {
      if (href === '#') return;
      event.preventDefault();
      const id = safeDecode(href.slice(1));
      host.shadowRoot?.getElementById(id)?.scrollIntoView({ block: 'start' });
      if (postUrl !== null && anchor.classList.contains('folio-anchor')) {
        void copySectionLink(host, `${postUrl}#${encodeURIComponent(id)}`, id);
      }
      return;
    }
    if (!emitFolioEvent(host, 'folio:navigate', { url: anchor.href })) event.preventDefault();
  };
}

async function copySectionLink(host: HTMLElement, url: string, sectionId: string): Promise<void> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // No clipboard (insecure context, permission denied): the host still hears of it.
  }
  emitFolioEvent(host, 'folio:anchor-copy', { url, sectionId, copied });
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
