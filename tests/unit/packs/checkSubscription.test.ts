import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuflerDb } from '@/utils/db/db';
import { checkSubscription } from '@/utils/packs/checkSubscription';
import type { Subscription } from '@/utils/packs/subscription';
import { dropTestDb, dumpDb, fixture, openTestDb, testKey } from './helpers';

/** A pack server with ETag and Last-Modified, like static hosting. */
function packServer(initial: string) {
  let body = initial;
  let version = 1;
  const requests: Record<string, string>[] = [];
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
    requests.push(headers);
    const etag = `"v${version}"`;
    if (headers['If-None-Match'] === etag) return new Response(null, { status: 304 });
    return new Response(body, {
      status: 200,
      headers: { ETag: etag, 'Last-Modified': `Tue, 25 Nov 2025 10:0${version}:00 GMT` },
    });
  }) as typeof fetch;
  return {
    fetcher,
    requests,
    serve(next: string) {
      body = next;
      version += 1;
    },
  };
}

let db: SuflerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => dropTestDb(db));

const start: Subscription = { url: 'http://127.0.0.1:8080/team.json', source: 'url', requireSignature: true };

describe('checkSubscription', () => {
  it('installs, asks conditionally, updates, and refuses a tampered version while keeping the old', async () => {
    const server = packServer(fixture('team-v1.signed.json'));
    const deps = { db, fetch: server.fetcher, trustedKeys: [testKey('team-lead')], lang: 'ru' as const };

    let { subscription, result } = await checkSubscription(start, { ...deps, now: 1 });
    expect(result).toMatchObject({ at: 1, status: 'installed', version: '1.0.0' });
    expect(subscription).toMatchObject({ packId: 'signal-team-north', etag: '"v1"', lastCheck: result });

    ({ subscription, result } = await checkSubscription(subscription, { ...deps, now: 2 }));
    expect(result.status).toBe('not_modified');
    expect(server.requests[1]).toMatchObject({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Tue, 25 Nov 2025 10:01:00 GMT',
    });

    server.serve(fixture('team-v2.signed.json'));
    ({ subscription, result } = await checkSubscription(subscription, { ...deps, now: 3 }));
    expect(result).toMatchObject({ status: 'updated', from: '1.0.0', version: '1.1.0' });

    server.serve(fixture('team-v2.tampered.json'));
    const before = await dumpDb(db);
    const tampered = await checkSubscription(subscription, { ...deps, now: 4 });
    expect(tampered.result).toMatchObject({ status: 'rejected', reason: { code: 'bad_signature' } });
    expect(await dumpDb(db)).toBe(before);
    // The validators stay those of the accepted version: the next check fetches and reports it again.
    expect(tampered.subscription.etag).toBe('"v2"');
    expect((await checkSubscription(tampered.subscription, { ...deps, now: 5 })).result.status).toBe(
      'rejected',
    );
  });

  it('reports a server error or a network failure without touching installed data', async () => {
    const before = await dumpDb(db);
    const notFound = (async () => new Response('Не найдено', { status: 404 })) as unknown as typeof fetch;
    expect((await checkSubscription(start, { db, fetch: notFound, trustedKeys: [] })).result).toMatchObject({
      status: 'failed',
      error: 'HTTP 404',
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect((await checkSubscription(start, { db, fetch: offline, trustedKeys: [] })).result).toMatchObject({
      status: 'failed',
      error: 'Failed to fetch',
    });
    expect(await dumpDb(db)).toBe(before);
  });
});
