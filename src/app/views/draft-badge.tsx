/** Drafts appear only in dev preview; the badge keeps them from being mistaken for live posts. */
export function DraftBadge() {
  return <span className="folio-badge">Draft</span>;
}
