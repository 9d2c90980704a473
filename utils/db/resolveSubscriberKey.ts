import type { SuflerDb } from './db';
import type { Subscriber } from './types';

/** Merge chains are flattened on every merge; the bound only guards against a corrupt import. */
const MAX_HOPS = 16;

/**
 * The subscriber a key stands for now: the key itself, or the one it was merged into (the
 * operator's merge, or an identity link made on first sight). Unknown keys resolve to themselves.
 */
export async function resolveSubscriber(db: SuflerDb, key: string): Promise<Subscriber | undefined> {
  let row = await db.subscribers.get(key);
  const seen = new Set<string>([key]);
  for (let hop = 0; row?.mergedInto && hop < MAX_HOPS; hop++) {
    if (seen.has(row.mergedInto)) break;
    seen.add(row.mergedInto);
    const next = await db.subscribers.get(row.mergedInto);
    if (!next) break;
    row = next;
  }
  return row;
}

export async function resolveSubscriberKey(db: SuflerDb, key: string): Promise<string> {
  return (await resolveSubscriber(db, key))?.key ?? key;
}
