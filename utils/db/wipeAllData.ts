import type { SuflerDb } from './db';

/** Empties every table in one transaction: the operator's "wipe all local data". */
export async function wipeAllData(db: SuflerDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
