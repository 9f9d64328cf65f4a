import * as v from 'valibot';
import { SCHEMA_VERSION } from '../../content/schema-version.ts';
import { InvalidDataError, NetworkError, NotFoundError } from './data-errors.ts';

/**
 * Fetches one data file and parses it with its schema, so the rest of the app only ever
 * sees validated data. Each failure becomes one of the typed errors in data-errors.ts.
 * `fresh` asks past any cache (the server must confirm what the browser holds).
 */
export async function fetchJson<TSchema extends v.GenericSchema>(
  url: string,
  schema: TSchema,
  signal?: AbortSignal,
  options: { fresh?: boolean } = {},
): Promise<v.InferOutput<TSchema>> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/json' },
      ...(options.fresh === true ? { cache: 'no-cache' } : {}),
    });
  } catch (cause) {
    // An abort is react-query cancelling a query nobody needs any more: not a failure.
    if (signal?.aborted) throw cause;
    throw new NetworkError(url, describe(cause), { cause });
  }
  if (response.status === 404 || response.status === 410) throw new NotFoundError(url);
  if (!response.ok) throw new NetworkError(url, `the server answered ${response.status}`);
  // Static hosts configured for SPAs answer every unknown path with index.html and a 200:
  // an HTML answer to a JSON request means the file does not exist.
  if (response.headers.get('Content-Type')?.includes('text/html')) throw new NotFoundError(url);

  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new InvalidDataError(url, 'it is not JSON', { cause });
  }
  checkSchemaVersion(url, body);
  const result = v.safeParse(schema, body);
  if (!result.success) throw new InvalidDataError(url, v.summarize(result.issues));
  return result.output;
}

/** A version mismatch gets its own message: the fix is a rebuild, not a bug hunt. */
function checkSchemaVersion(url: string, body: unknown): void {
  if (typeof body !== 'object' || body === null || !('schemaVersion' in body)) return;
  const version = body.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new InvalidDataError(
      url,
      `it has schema version ${String(version)} but this app reads version ${SCHEMA_VERSION}; rebuild the site`,
    );
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error && cause.message !== '' ? cause.message : 'the request failed';
}
