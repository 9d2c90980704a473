import type { SubscriberIds } from '../conversation/types';
import { subscriberKey } from '../subscriber/subscriberKey';
import type { SuflerDb } from './db';
import { findByIdentity } from './findByIdentity';
import { identityRefs } from './identityRefs';
import { resolveSubscriber } from './resolveSubscriberKey';
import type { Subscriber } from './types';
import { recordVisit } from './visits';

function union(a: readonly string[], b: readonly (string | undefined)[]): string[] {
  const set = new Set(a);
  for (const v of b) if (v) set.add(v);
  return [...set];
}

/**
 * Records that a conversation with this subscriber was opened (and, given its URL, adds it to
 * the timeline); creates the subscriber on first sight. A key seen for the first time whose
 * phone, e-mail or CRM id is already known is linked to that subscriber, so one person stays
 * one subscriber across conversations and CRMs (the operator can undo the link).
 * Returns the key the person's memory lives under, or null when the page shows nothing stable.
 */
export async function touchSubscriber(
  db: SuflerDb,
  ids: SubscriberIds,
  origin: string,
  now = Date.now(),
  url?: string,
): Promise<string | null> {
  const key = subscriberKey(ids, origin);
  if (!key) return null;
  const refs = identityRefs(ids, origin);
  return db.transaction('rw', db.subscribers, db.visits, async () => {
    let target: Subscriber | undefined;
    if (await db.subscribers.get(key)) {
      target = await resolveSubscriber(db, key);
    } else {
      const [known] = await findByIdentity(db, refs);
      if (known) {
        await db.subscribers.put({
          key,
          name: ids.name,
          phones: union([], [refs.phone]),
          emails: union([], [refs.email]),
          crmIds: union([], [refs.crmId]),
          firstSeen: now,
          lastSeen: now,
          mergedInto: known.key,
        });
        target = known;
      }
    }
    const next: Subscriber = {
      ...target,
      key: target?.key ?? key,
      name: ids.name ?? target?.name,
      phones: union(target?.phones ?? [], [refs.phone]),
      emails: union(target?.emails ?? [], [refs.email]),
      crmIds: union(target?.crmIds ?? [], [refs.crmId]),
      firstSeen: target?.firstSeen ?? now,
      lastSeen: now,
    };
    await db.subscribers.put(next);
    if (url) await recordVisit(db, next.key, url, now);
    return next.key;
  });
}
