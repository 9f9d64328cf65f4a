import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { adoptEmbedStyles } from './embed-styles.ts';
import { EmbedRoot } from './embed-root.tsx';
import { EmbeddedPost } from './embedded-post.tsx';
import { EmbeddedPosts } from './embedded-posts.tsx';

/**
 * `<folio-post src base locale time-zone>` and `<folio-posts src limit locale time-zone>`.
 * Each renders into its own open shadow root with React; every attribute is observed, so a
 * change re-renders in place (a new `src` loads the new post).
 */
export function defineFolioElements(registry: CustomElementRegistry = customElements): void {
  defineEmbedElement(registry, 'folio-post', ['src', 'base', 'locale', 'time-zone'], (host) => (
    <EmbeddedPost
      host={host}
      src={host.getAttribute('src') ?? ''}
      base={host.getAttribute('base')}
      locale={host.getAttribute('locale')}
      timeZone={host.getAttribute('time-zone')}
    />
  ));
  defineEmbedElement(registry, 'folio-posts', ['src', 'limit', 'locale', 'time-zone'], (host) => (
    <EmbeddedPosts
      host={host}
      src={host.getAttribute('src') ?? ''}
      limit={host.getAttribute('limit')}
      locale={host.getAttribute('locale')}
      timeZone={host.getAttribute('time-zone')}
    />
  ));
}

// Custom elements can only be classes; this is the one place Folio writes one.
function defineEmbedElement(
  registry: CustomElementRegistry,
  name: string,
  attributes: string[],
  render: (host: HTMLElement) => ReactNode,
): void {
  if (registry.get(name) !== undefined) return;
  registry.define(
    name,
    class extends HTMLElement {
      static observedAttributes = attributes;
      #root: Root | null = null;

      connectedCallback() {
        this.#render();
      }

      attributeChangedCallback() {
        if (this.isConnected) this.#render();
      }

      disconnectedCallback() {
        // Moving the element disconnects and reconnects it in one task: keep it mounted then.
        queueMicrotask(() => {
          if (this.isConnected) return;
          this.#root?.unmount();
          this.#root = null;
        });
      }

      #render() {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        adoptEmbedStyles(shadow);
        if (this.#root === null) {
          const container = document.createElement('div');
          shadow.replaceChildren(...shadow.querySelectorAll('style'), container);
          this.#root = createRoot(container);
        }
        this.#root.render(<EmbedRoot>{render(this)}</EmbedRoot>);
      }
    },
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'folio-post': HTMLElement;
    'folio-posts': HTMLElement;
  }
}
