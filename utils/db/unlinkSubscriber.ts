import { describeKey } from '../subscriber/describeKey';
import type { SuflerDb } from './db';
import { guardWrite } from './writeError';

/** The identifier a key is made of, as stored in a subscriber's lists. */
function keyIdentifier(key: string): string {
  const { kind, value, origin } = describeKey(key);
  return kind === 'crm' && origin ? `${origin}|${value}` : value;
}

/**
 * Undoes a link: `key` becomes a subscriber of its own again (the operator says the match was
 * wrong). Memory written while it was linked stays with the other subscriber — it cannot be
 * told apart. The identifiers the link brought are taken off the other subscriber (except the
 * one its own key is made of), so a new conversation is not linked the same wrong way again.
 */
export function unlinkSubscriber(db: SuflerDb, key: string, now = Date.now()): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.subscribers, async () => {
      const row = await db.subscribers.get(key);
      if (!row?.mergedInto) return;
      const other = await db.subscribers.get(row.mergedInto);
      if (other) {
        const keep = keyIdentifier(other.key);
        const without = (list: readonly string[], drop: readonly string[]) =>
          list.filter((v) => v === keep || !drop.includes(v));
        await db.subscribers.put({
          ...other,
          phones: without(other.phones, row.phones),
          emails: without(other.emails, row.emails),
          crmIds: without(other.crmIds, row.crmIds),
        });
      }
      const { mergedInto: _linked, ...own } = row;
      await db.subscribers.put({ ...own, lastSeen: now });
    }),
  );
}
