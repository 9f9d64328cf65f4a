/** What `h` accepts as a child: nodes, text (always inserted as text, never as HTML), or nothing. */
export type Child = Node | string | null | undefined | false;

/**
 * Builds one element. Attributes are set with `setAttribute` and text goes in as text nodes,
 * so titles, excerpts and names from the data can never become markup; `undefined` leaves an
 * attribute out. The post's own HTML is inserted elsewhere, by `proseBlock`, on purpose.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/**
 * A block of post HTML. Only the compiler's section HTML (sanitized at build time, then made
 * absolute and style-free by prepareHtml) comes here: that sanitizer is the one reason it is
 * trusted. Never pass anything else.
 */
export function proseBlock(html: string): HTMLDivElement {
  const block = h('div', { class: 'folio-prose', part: 'content' });
  block.innerHTML = html;
  return block;
}
