/** Shown only on the very first load, before any data is in; later navigations keep the page. */
export function LoadingView() {
  return (
    <p className="folio-loading" role="status">
      Loading…
    </p>
  );
}
