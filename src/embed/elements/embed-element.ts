import { isNotFoundError } from '../../app/data/data-errors.ts';
import { createClickHandler } from '../embed-clicks.ts';
import { emitFolioEvent, type FolioViewDetail } from '../embed-events.ts';
import { h } from './build-dom.ts';
import { adoptPostStyles } from '../shadow-sheets.ts';
import { adoptElementStyles } from './element-styles.ts';
import { loadingState, messageState } from './embed-states.ts';

/** Texts of the states every element has before, or instead of, its data. */
export interface StateTexts {
  loading: string;
  invalid: { title: string; text: string };
  notFound: { title: string; text: string };
  failed: string;
  tryAgain: string;
}

/** What an element shows once its data is in. */
export interface Rendered {
  content: Node;
  /** What `folio:view` tells the host. */
  view: FolioViewDetail;
  /** The post's URL (section links copy it), or null for a list. */
  postUrl: string | null;
  /** The post's own rules (its code colours, see embed-html.ts), if any. */
  css?: string;
}

/**
 * One kind of element: which attributes it reads, what they ask to load (`key`: the same key
 * is the same data, so a change of `view` redraws without fetching again), and how it draws.
 */
export interface ElementKind<T> {
  attributes: string[];
  /** Null when the attributes name nothing loadable (a `src` that is no URL). */
  source(host: HTMLElement): { key: string; load: (signal: AbortSignal) => Promise<T> } | null;
  texts(host: HTMLElement): StateTexts;
  render(host: HTMLElement, data: T): Rendered;
}

/**
 * Defines a Folio element: an open shadow root with the embed's stylesheet, redrawn (once per
 * task, however many attributes change) when it connects or an observed attribute changes.
 * A load in flight is aborted when what it was for changes or the element leaves the page.
 * Custom elements can only be classes; this is the one place the script embed writes one.
 */
export function defineEmbedElement<T>(
  registry: CustomElementRegistry,
  name: string,
  kind: ElementKind<T>,
): void {
  if (registry.get(name) !== undefined) return;
  registry.define(
    name,
    class extends HTMLElement {
      static observedAttributes = kind.attributes;
      #scheduled = false;
      #loaded: { key: string; data?: T; controller: AbortController } | null = null;
      #removePostStyles: () => void = () => {};
      /** The one child of the shadow root (part `root`), whose content each state replaces. */
      #container: HTMLElement | null = null;
      #postUrl: string | null = null;

      connectedCallback() {
        // At once: the element shows its loading state as soon as it is on the page.
        this.#update();
      }

      attributeChangedCallback() {
        if (this.isConnected) this.#schedule();
      }

      disconnectedCallback() {
        // Moving the element disconnects and reconnects it in one task: keep its data then.
        queueMicrotask(() => {
          if (this.isConnected) return;
          this.#loaded?.controller.abort();
          this.#loaded = null;
        });
      }

      #schedule() {
        if (this.#scheduled) return;
        this.#scheduled = true;
        queueMicrotask(() => {
          this.#scheduled = false;
          if (this.isConnected) this.#update();
        });
      }

      #update() {
        const source = kind.source(this);
        const texts = kind.texts(this);
        if (source === null) {
          this.#loaded?.controller.abort();
          this.#loaded = null;
          this.#show(messageState(texts.invalid.title, texts.invalid.text));
          return;
        }
        const loaded = this.#loaded;
        if (loaded?.key === source.key) {
          if (loaded.data !== undefined) this.#showData(loaded.data, false);
          return;
        }
        loaded?.controller.abort();
        const current: { key: string; data?: T; controller: AbortController } = {
          key: source.key,
          controller: new AbortController(),
        };
        this.#loaded = current;
        this.#show(loadingState(texts.loading));
        const { signal } = current.controller;
        source.load(signal).then(
          (data) => {
            if (signal.aborted) return;
            current.data = data;
            this.#showData(data, true);
          },
          (error: unknown) => {
            if (signal.aborted) return;
            if (isNotFoundError(error)) {
              this.#show(messageState(texts.notFound.title, texts.notFound.text));
              return;
            }
            const text = error instanceof Error ? error.message : String(error);
            this.#show(
              messageState(texts.failed, text, {
                label: texts.tryAgain,
                onRetry: () => {
                  this.#loaded = null;
                  this.#schedule();
                },
              }),
            );
          },
        );
      }

      /** `fresh`: just loaded, so the host hears of a view (a redraw for `view` is none). */
      #showData(data: T, fresh: boolean) {
        const rendered = kind.render(this, data);
        const root = this.#show(rendered.content, rendered.postUrl);
        this.#removePostStyles = adoptPostStyles(root, rendered.css ?? '');
        if (fresh) emitFolioEvent(this, 'folio:view', rendered.view);
      }

      /** Replaces what the element shows; returns its shadow root. */
      #show(content: Node, postUrl: string | null = null): ShadowRoot {
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        adoptElementStyles(root);
        this.#removePostStyles();
        this.#removePostStyles = () => {};
        this.#postUrl = postUrl;
        let container = this.#container;
        if (container === null) {
          container = h('div', { class: 'folio-embed', part: 'root' });
          // Only delegates clicks on the links inside, which stay keyboard-operable links.
          container.addEventListener('click', (event) =>
            createClickHandler(this, this.#postUrl)(event),
          );
          root.append(container);
          this.#container = container;
        }
        container.replaceChildren(content);
        return root;
      }
    },
  );
}
