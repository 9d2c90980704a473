import type { SuflerDb } from './db';
import { resolveSubscriber } from './resolveSubscriberKey';
import { guardWrite } from './writeError';

export interface MergeResult {
  survivor: string;
  moved: { notes: number; followUps: number; visits: number };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * The operator says `fromKey` and `intoKey` are the same person. In one transaction: notes,
 * follow-ups and visits move to the survivor, identifiers are united, and `fromKey` (and every
 * key already merged into it) points at the survivor, so lookups of any of them land there.
 */
export function mergeSubscribers(
  db: SuflerDb,
  fromKey: string,
  intoKey: string,
  now = Date.now(),
): Promise<MergeResult> {
  return guardWrite(() =>
    db.transaction('rw', [db.subscribers, db.notes, db.followUps, db.visits], async () => {
      const from = await resolveSubscriber(db, fromKey);
      const into = await resolveSubscriber(db, intoKey);
      if (!from || !into) throw new Error('NotFound');
      if (from.key === into.key) return { survivor: into.key, moved: { notes: 0, followUps: 0, visits: 0 } };

      const moved = {
        notes: await db.notes.where('subscriberKey').equals(from.key).modify({ subscriberKey: into.key }),
        followUps: await db.followUps
          .where('subscriberKey')
          .equals(from.key)
          .modify({ subscriberKey: into.key, updatedAt: now }),
        visits: await db.visits.where('subscriberKey').equals(from.key).modify({ subscriberKey: into.key }),
      };
      await db.subscribers.put({
        ...into,
        name: into.name ?? from.name,
        phones: union(into.phones, from.phones),
        emails: union(into.emails, from.emails),
        crmIds: union(into.crmIds, from.crmIds),
        firstSeen: Math.min(into.firstSeen, from.firstSeen),
        lastSeen: Math.max(into.lastSeen, from.lastSeen),
      });
      await db.subscribers.update(from.key, { mergedInto: into.key });
      // Flatten: keys merged into `from` earlier now point straight at the survivor.
      await db.subscribers.where('mergedInto').equals(from.key).modify({ mergedInto: into.key });
      return { survivor: into.key, moved };
    }),
  );
}
