import { h } from './build-dom.ts';

/**
 * What an element shows before, or instead of, its data: loading (a live status), a message
 * (not found, nothing to show), or a failure with a button that tries again (an alert).
 * The caller gives the texts (the interface strings of the element's locale).
 */
export function loadingState(text: string): HTMLElement {
  return h('p', { class: 'folio-loading', role: 'status', part: 'message' }, text);
}

export function messageState(
  title: string,
  text: string,
  retry?: { label: string; onRetry: () => void },
): HTMLElement {
  const message = h(
    'div',
    { class: 'folio-message', part: 'message', role: retry === undefined ? undefined : 'alert' },
    h('h2', { class: 'folio-message-title' }, title),
    h('p', { class: 'folio-message-text' }, text),
  );
  if (retry !== undefined) {
    const button = h('button', { class: 'folio-button', type: 'button' }, retry.label);
    button.addEventListener('click', retry.onRetry, { once: true });
    message.append(button);
  }
  return message;
}
