import type { SuflerDb } from './db';

const DAY = 86_400_000;

export interface RetentionResult {
  notes: number;
  visits: number;
  followUps: number;
}

/**
 * Deletes memory older than `days`: notes not edited since (pinned notes stay: the operator
 * marked them as lasting), visits, and follow-ups done before then. Pending follow-ups and the
 * subscribers themselves stay. `days` of 0 or less means retention is off.
 */
export async function applyRetention(db: SuflerDb, days: number, now = Date.now()): Promise<RetentionResult> {
  if (!Number.isFinite(days) || days <= 0) return { notes: 0, visits: 0, followUps: 0 };
  const cutoff = now - days * DAY;
  return db.transaction('rw', db.notes, db.visits, db.followUps, async () => ({
    notes: await db.notes
      .where('updatedAt')
      .below(cutoff)
      .filter((n) => n.pinned === 0)
      .delete(),
    visits: await db.visits.where('at').below(cutoff).delete(),
    followUps: await db.followUps
      .where('status')
      .equals('done')
      .filter((f) => (f.doneAt ?? f.updatedAt) < cutoff)
      .delete(),
  }));
}
