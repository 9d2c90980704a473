import type { SuflerDb } from './db';
import type { IdentityRefs } from './identityRefs';
import { resolveSubscriber } from './resolveSubscriberKey';
import type { Subscriber } from './types';

/**
 * Every subscriber (merges followed) that shares an identifier with the page: the same CRM id
 * on the same CRM first (the strongest evidence), then the phone, then the e-mail. Without
 * duplicates, in that order.
 */
export async function findByIdentity(db: SuflerDb, refs: IdentityRefs): Promise<Subscriber[]> {
  const rows: Subscriber[] = [];
  if (refs.crmId) rows.push(...(await db.subscribers.where('crmIds').equals(refs.crmId).toArray()));
  if (refs.phone) rows.push(...(await db.subscribers.where('phones').equals(refs.phone).toArray()));
  if (refs.email) rows.push(...(await db.subscribers.where('emails').equals(refs.email).toArray()));
  const found = new Map<string, Subscriber>();
  for (const row of rows) {
    const survivor = row.mergedInto ? await resolveSubscriber(db, row.key) : row;
    if (survivor && !survivor.mergedInto && !found.has(survivor.key)) found.set(survivor.key, survivor);
  }
  return [...found.values()];
}
