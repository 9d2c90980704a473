import { Dexie } from 'dexie';
import type { SuflerDb } from './db';
import type { Visit } from './types';

/** Re-opening the same conversation within this window is the same visit, not a new timeline entry. */
export const VISIT_DEDUPE_MS = 10 * 60_000;

/** Records that a conversation with this subscriber was shown: time and URL only, never its text. */
export async function recordVisit(
  db: SuflerDb,
  subscriberKey: string,
  url: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.visits, async () => {
    const last = await lastVisit(db, subscriberKey);
    if (last && last.url === url && now - last.at >= 0 && now - last.at < VISIT_DEDUPE_MS) return;
    await db.visits.add({ subscriberKey, url, at: now });
  });
}

export function lastVisit(db: SuflerDb, subscriberKey: string): Promise<Visit | undefined> {
  return db.visits
    .where('[subscriberKey+at]')
    .between([subscriberKey, Dexie.minKey], [subscriberKey, Dexie.maxKey])
    .last();
}

/** A subscriber's visits, newest first. */
export function listVisits(db: SuflerDb, subscriberKey: string, limit = 200): Promise<Visit[]> {
  return db.visits
    .where('[subscriberKey+at]')
    .between([subscriberKey, Dexie.minKey], [subscriberKey, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}
