import type { SuflerDb } from '../db/db';
import type { Lang } from '../templates/ids';
import type { TrustedKey } from '../templates/packKeys';
import { MAX_PACK_CHARS } from '../templates/validatePack';
import { acceptPack } from './acceptPack';
import type { CheckResult, Subscription } from './subscription';

export interface CheckDeps {
  db: SuflerDb;
  fetch: typeof fetch;
  trustedKeys: readonly TrustedKey[];
  lang?: Lang;
  now?: number;
  /** Give up on a server that does not answer (default 30 s). */
  timeoutMs?: number;
}

/**
 * Checks one subscription: a conditional request (If-None-Match / If-Modified-Since), then the
 * pack goes through `acceptPack` like any other. Returns the subscription as it should now be
 * stored, with the result of this check. Validators (ETag, Last-Modified) are only kept for a
 * pack that was accepted, so a rejected version is fetched and reported again next time.
 */
export async function checkSubscription(
  subscription: Subscription,
  deps: CheckDeps,
): Promise<{ subscription: Subscription; result: CheckResult }> {
  const at = deps.now ?? Date.now();
  const done = (result: Omit<CheckResult, 'at'>, patch: Partial<Subscription> = {}) => {
    const full: CheckResult = { at, ...result };
    return { subscription: { ...subscription, ...patch, lastCheck: full }, result: full };
  };
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (subscription.etag) headers['If-None-Match'] = subscription.etag;
  if (subscription.lastModified) headers['If-Modified-Since'] = subscription.lastModified;

  // Called unbound: `deps.fetch(…)` would call the browser's fetch with `deps` as `this`,
  // which Chrome refuses ("Illegal invocation").
  const download = deps.fetch;
  let response: Response;
  try {
    response = await download(subscription.url, {
      headers,
      // Our own validators decide; the HTTP cache must not answer for the server.
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000),
    });
  } catch (error) {
    return done({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
  if (response.status === 304) return done({ status: 'not_modified' });
  if (!response.ok) return done({ status: 'failed', error: `HTTP ${response.status}` });
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_PACK_CHARS * 4) {
    await response.body?.cancel().catch(() => {});
    return done({ status: 'failed', error: `too large: ${declared} bytes` });
  }
  const text = await response.text();

  const accepted = await acceptPack(deps.db, text, {
    source: subscription.source,
    requireSignature: subscription.requireSignature,
    trustedKeys: deps.trustedKeys,
    lang: deps.lang,
    url: subscription.url,
    now: at,
  });
  if (!accepted.ok) return done({ status: 'rejected', reason: accepted.reason });
  const patch: Partial<Subscription> = { packId: accepted.packId };
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  patch.etag = etag ?? undefined;
  patch.lastModified = lastModified ?? undefined;
  return done(
    { status: accepted.status, version: accepted.version, ...(accepted.from ? { from: accepted.from } : {}) },
    patch,
  );
}
