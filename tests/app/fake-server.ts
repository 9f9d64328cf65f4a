import { vi } from 'vitest';

/** What the fake server answers for one URL. */
export type Reply =
  | { json: unknown; status?: number }
  | { status: number; body?: string; contentType?: string }
  | 'network-error';

/**
 * A stand-in for `fetch` keyed by URL. Unknown URLs answer 404, like a static host.
 * `routes` stays mutable so a test can change an answer (a server that recovers); a
 * function answers each request afresh (a deploy between two requests).
 */
export function fakeServer(routes: Record<string, Reply | (() => Reply)>) {
  const requested: string[] = [];
  const fetch = vi.fn((input: RequestInfo | URL): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    requested.push(url);
    const route = routes[url] ?? { status: 404, body: 'Not Found', contentType: 'text/plain' };
    const reply = typeof route === 'function' ? route() : route;
    if (reply === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    if ('json' in reply) {
      return Promise.resolve(
        new Response(JSON.stringify(reply.json), {
          status: reply.status ?? 200,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    }
    return Promise.resolve(
      new Response(reply.body ?? '', {
        status: reply.status,
        headers: { 'Content-Type': reply.contentType ?? 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetch);
  return { routes, requested };
}
