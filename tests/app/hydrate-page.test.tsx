import { renderToString } from 'react-dom/server';
import { afterEach, expect, test, vi } from 'vitest';
import { hydratePage } from '../../src/app/hydrate-page.ts';
import { isHydrationReport } from '../e2e/hydration-watch.ts';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function Title(props: { text: string }) {
  return <h1>{props.text}</h1>;
}

/** A container holding the server's HTML of `<Title text={server}>`. */
function prerendered(server: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Title text={server} />);
  document.body.append(container);
  return container;
}

test('a mismatch is logged as an error the end-to-end suite fails on, naming the component', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const container = prerendered('Written at build time');
  hydratePage(container, <Title text="Rendered in the browser" />);
  await vi.waitFor(() => expect(container).toHaveTextContent('Rendered in the browser'));
  const reports = error.mock.calls.map((args) => args.map(String).join(' '));
  const ours = reports.filter((text) => text.startsWith('Hydration failed:'));
  expect(ours).toHaveLength(1);
  expect(ours.every(isHydrationReport)).toBe(true);
  expect(ours[0]).toMatch(/at Title/);
});

test('hydrating the same tree adopts the HTML and reports nothing', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const container = prerendered('Same on both sides');
  const heading = container.querySelector('h1');
  hydratePage(container, <Title text="Same on both sides" />);
  // React marks the adopted element with its internal fiber key once hydrated.
  await vi.waitFor(() =>
    expect(Object.keys(heading ?? {}).some((key) => key.startsWith('__react'))).toBe(true),
  );
  expect(container.querySelector('h1')).toBe(heading);
  expect(error).not.toHaveBeenCalled();
});
