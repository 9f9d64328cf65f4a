import type { Page } from '@playwright/test';

/**
 * Watches the prerendered `#root` until the app marks itself ready (src/app/main.tsx) and
 * records what hydration threw away: every element removed, and every element whose text
 * changed. Hydration that matches the server's HTML adopts the nodes as they are; on a
 * mismatch React discards them and renders afresh, and Preact (the production build's
 * runtime, which logs no warnings) replaces the elements and rewrites the texts that differ.
 * Text is compared per element, not per text node: Preact may split one server text node in
 * two ("Title " + "#") without changing a character, which is no mismatch.
 * Call before `page.goto`; read with `hydrationChanges`.
 */
export async function watchHydration(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const found: string[] = [];
    Object.defineProperty(window, '__folioHydrationChanges', { value: found });
    const texts = new Map<Element, string>();
    document.addEventListener('DOMContentLoaded', () => {
      for (const element of document.querySelectorAll('#root *')) {
        texts.set(element, element.textContent);
      }
    });
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') continue;
        const target = record.target;
        if (!(target instanceof Element) || target.closest('#root') === null) continue;
        for (const node of record.removedNodes) {
          if (node instanceof Element) found.push(`<${node.localName}> removed`);
        }
      }
      if (!document.documentElement.hasAttribute('data-folio-ready')) return;
      observer.disconnect();
      const changed = [...texts].filter(
        ([element, text]) => element.isConnected && element.textContent !== text,
      );
      // The innermost elements only: their ancestors' text changed with them.
      for (const [element, text] of changed) {
        if (changed.some(([other]) => other !== element && element.contains(other))) continue;
        found.push(`<${element.localName}> "${text}" → "${element.textContent}"`);
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-folio-ready'],
    });
  });
}

/** What `watchHydration` saw, e.g. `['<article> removed', '<time> "May 29" → "May 30"']`. */
export async function hydrationChanges(page: Page): Promise<string[]> {
  await page.locator('html[data-folio-ready]').waitFor({ state: 'attached' });
  return page.evaluate(() => Reflect.get(window, '__folioHydrationChanges') as string[]);
}
