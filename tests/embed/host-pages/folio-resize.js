/* global addEventListener, document */
// The host snippet of README "Embedding" (iframe mode), as a file: a strict CSP forbids it inline.
addEventListener('message', (event) => {
  if (event.origin !== '{{CONTENT_ORIGIN}}' || event.data?.type !== 'folio:embed-height') return;
  for (const frame of document.querySelectorAll('iframe.folio-embed')) {
    if (frame.contentWindow === event.source) frame.height = String(event.data.height);
  }
});
