import type { SubscriberIds } from '../conversation/types';
import { subscriberKey } from '../subscriber/subscriberKey';
import type { SuflerDb } from './db';
import type { Subscriber } from './types';

function union(a: readonly string[], b: readonly (string | undefined)[]): string[] {
  const set = new Set(a);
  for (const v of b) if (v) set.add(v);
  return [...set];
}

/**
 * Records that a conversation with this subscriber was opened; creates the subscriber on first
 * sight. Returns the key, or null when the page shows nothing stable to key on.
 */
export async function touchSubscriber(
  db: SuflerDb,
  ids: SubscriberIds,
  origin: string,
  now = Date.now(),
): Promise<string | null> {
  const key = subscriberKey(ids, origin);
  if (!key) return null;
  await db.transaction('rw', db.subscribers, async () => {
    const existing = await db.subscribers.get(key);
    const crmId = ids.crmId ? `${origin}|${ids.crmId}` : undefined;
    const next: Subscriber = {
      key,
      name: ids.name ?? existing?.name,
      phones: union(existing?.phones ?? [], [ids.phone]),
      emails: union(existing?.emails ?? [], [ids.email]),
      crmIds: union(existing?.crmIds ?? [], [crmId]),
      firstSeen: existing?.firstSeen ?? now,
      lastSeen: now,
    };
    await db.subscribers.put(next);
  });
  return key;
}
