import type { SuflerDb } from '../db/db';
import type { UsageCount } from '../db/types';

export type UsageEvent = 'shown' | 'inserted' | 'insertedEdited' | 'discarded';

function blank(templateId: string): UsageCount {
  return { templateId, shown: 0, inserted: 0, insertedEdited: 0, discarded: 0, favourite: 0 };
}

/**
 * Counts one event per template. Only counts: no text of the template as sent, nothing about
 * the conversation or the subscriber.
 */
export async function recordUsage(
  db: SuflerDb,
  templateIds: readonly string[],
  event: UsageEvent,
  now = Date.now(),
): Promise<void> {
  if (templateIds.length === 0) return;
  await db.transaction('rw', db.usage, async () => {
    const existing = await db.usage.bulkGet([...templateIds]);
    const rows = templateIds.map((id, i) => {
      const row = existing[i] ?? blank(id);
      row[event] += 1;
      if (event === 'inserted') row.lastUsedAt = now;
      return row;
    });
    await db.usage.bulkPut(rows);
  });
}

export async function setFavourite(db: SuflerDb, templateId: string, favourite: boolean): Promise<void> {
  await db.transaction('rw', db.usage, async () => {
    const row = (await db.usage.get(templateId)) ?? blank(templateId);
    row.favourite = favourite ? 1 : 0;
    await db.usage.put(row);
  });
}
