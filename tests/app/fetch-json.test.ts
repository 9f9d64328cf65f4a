import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { shouldRetry } from '../../src/app/data/create-query-client.ts';
import { InvalidDataError, NetworkError, NotFoundError } from '../../src/app/data/data-errors.ts';
import { fetchJson } from '../../src/app/data/fetch-json.ts';
import { fakeServer } from './fake-server.ts';

const schema = v.object({ schemaVersion: v.literal(1), name: v.string() });

describe('fetchJson', () => {
  it('returns the parsed data', async () => {
    fakeServer({ '/a.json': { json: { schemaVersion: 1, name: 'a' } } });
    await expect(fetchJson('/a.json', schema)).resolves.toEqual({ schemaVersion: 1, name: 'a' });
  });

  it('tells not found, network failure and invalid data apart', async () => {
    fakeServer({
      '/offline.json': 'network-error',
      '/bad.json': { json: { schemaVersion: 1, name: 42 } },
    });
    await expect(fetchJson('/missing.json', schema)).rejects.toBeInstanceOf(NotFoundError);
    await expect(fetchJson('/offline.json', schema)).rejects.toBeInstanceOf(NetworkError);
    await expect(fetchJson('/bad.json', schema)).rejects.toBeInstanceOf(InvalidDataError);
  });

  it('names the URL and the problem in its messages', async () => {
    fakeServer({ '/old.json': { json: { schemaVersion: 0, name: 'a' } } });
    await expect(fetchJson('/missing.json', schema)).rejects.toThrow(/\/missing\.json/);
    await expect(fetchJson('/old.json', schema)).rejects.toThrow(
      'The data at /old.json is invalid: it has schema version 0 but this app reads version 1; rebuild the site.',
    );
  });
});

describe('retry policy', () => {
  it('retries network failures a couple of times, never a 404 or invalid data', () => {
    const offline = new NetworkError('/a.json', 'offline');
    expect(shouldRetry(0, offline)).toBe(true);
    expect(shouldRetry(1, offline)).toBe(true);
    expect(shouldRetry(2, offline)).toBe(false);
    expect(shouldRetry(0, new NotFoundError('/a.json'))).toBe(false);
    expect(shouldRetry(0, new InvalidDataError('/a.json', 'bad'))).toBe(false);
  });
});
