import type { Table } from 'dexie';
import type { SuflerDb } from '../db/db';
import type { FollowUp, Note, StoredTemplate, Subscriber, Visit } from '../db/types';
import type { Backup, BackupTable } from './backupSchema';
import type { BackupProgress } from './exportBackup';
import { mergeSubscriberRow, newerRow, survivorOf } from './mergeRows';
import { stripSecrets } from './secrets';

export type TableCounts = Record<BackupTable, number>;

export interface ImportSummary {
  added: TableCounts;
  updated: TableCounts;
  unchanged: TableCounts;
  /** Settings from the file, secrets removed: the caller lays them over its own with `mergeSettings`. */
  settings: Record<string, unknown>;
}

export interface ImportOptions {
  onProgress?: (progress: BackupProgress) => void;
  chunkSize?: number;
}

const zero = (): TableCounts => ({ subscribers: 0, notes: 0, followUps: 0, visits: 0, templates: 0 });

/** Above this many overlapping ids, reading the whole table beats fetching rows one by one. */
const BULK_GET_LIMIT = 2000;

async function localRows<T, I>(table: Table<T, string, I>, ids: string[]): Promise<Map<string, T>> {
  const present = new Set(await table.toCollection().primaryKeys());
  const overlap = ids.filter((id) => present.has(id));
  const map = new Map<string, T>();
  if (overlap.length === 0) return map;
  const keyPath = table.schema.primKey.keyPath as string;
  const rows =
    overlap.length > BULK_GET_LIMIT
      ? await table.toArray()
      : ((await table.bulkGet(overlap)).filter(Boolean) as T[]);
  for (const row of rows) map.set((row as Record<string, string>)[keyPath]!, row);
  return map;
}

function visitKey(v: Visit): string {
  return `${v.subscriberKey}\u0000${v.at}\u0000${v.url}`;
}

/**
 * Merges a validated backup into the database in one transaction (all or nothing): rows new
 * here are added, rows known here are replaced only by a later edit, subscribers unite their
 * identifiers, visits are matched by subscriber, time and URL. Importing the same file twice
 * changes nothing the second time. Memory of a subscriber merged away here lands on the survivor.
 */
export async function importBackup(
  db: SuflerDb,
  backup: Backup,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const chunk = options.chunkSize ?? 2000;
  const summary: ImportSummary = {
    added: zero(),
    updated: zero(),
    unchanged: zero(),
    settings: stripSecrets(backup.settings) as Record<string, unknown>,
  };
  const { tables } = backup;
  const tally = (table: BackupTable, isNew: boolean, changed: boolean) => {
    summary[isNew ? 'added' : changed ? 'updated' : 'unchanged'][table]++;
  };

  await db.transaction('rw', [db.subscribers, db.notes, db.followUps, db.visits, db.templates], async () => {
    // Subscribers first: the merged set decides where notes of merged-away keys go.
    const subscribers = new Map((await db.subscribers.toArray()).map((s) => [s.key, s] as const));
    const subscriberPuts: Subscriber[] = [];
    for (const incoming of tables.subscribers) {
      const local = subscribers.get(incoming.key);
      const merged = mergeSubscriberRow(local, incoming);
      tally('subscribers', !local, merged !== null);
      if (merged) {
        subscriberPuts.push(merged);
        subscribers.set(merged.key, merged);
      }
    }
    const home = (key: string) => survivorOf(key, subscribers);

    const notes = await localRows(
      db.notes,
      tables.notes.map((n) => n.id),
    );
    const notePuts: Note[] = [];
    for (const incoming of tables.notes) {
      const row = { ...incoming, subscriberKey: home(incoming.subscriberKey) };
      const local = notes.get(row.id);
      const put = newerRow(local, row);
      tally('notes', !local, put !== null);
      if (put) notePuts.push(put);
    }

    const followUps = await localRows(
      db.followUps,
      tables.followUps.map((f) => f.id),
    );
    const followUpPuts: FollowUp[] = [];
    for (const incoming of tables.followUps) {
      const row = { ...incoming, subscriberKey: home(incoming.subscriberKey) };
      const local = followUps.get(row.id);
      const put = newerRow(local, row);
      tally('followUps', !local, put !== null);
      if (put) followUpPuts.push(put);
    }

    const localVisits = await db.visits.toArray();
    const seen = new Set(localVisits.map(visitKey));
    const takenIds = new Set(localVisits.map((v) => v.id));
    const visitPuts: Visit[] = [];
    for (const incoming of tables.visits) {
      const row = { ...incoming, subscriberKey: home(incoming.subscriberKey) };
      const isNew = !seen.has(visitKey(row));
      tally('visits', isNew, false);
      if (!isNew) continue;
      seen.add(visitKey(row));
      // Keep the file's id when it is free, so a restore into an empty database is exact.
      if (row.id === undefined || takenIds.has(row.id)) {
        const { id: _taken, ...rest } = row;
        visitPuts.push(rest);
      } else {
        takenIds.add(row.id);
        visitPuts.push(row);
      }
    }

    const templateIds = tables.templates.map((t) => t.id);
    const localTemplates = (await db.templates.bulkGet(templateIds)).filter(Boolean) as StoredTemplate[];
    const templates = new Map(localTemplates.map((t) => [t.id, t] as const));
    const templatePuts: StoredTemplate[] = [];
    for (const incoming of tables.templates) {
      const local = templates.get(incoming.id);
      // A pack template with the same id is never overwritten by a personal one.
      const put = local && local.packId !== 'personal' ? null : newerRow(local, incoming);
      tally('templates', !local, put !== null);
      if (put) templatePuts.push(put);
    }

    const writes: [Table<never, unknown>, unknown[]][] = [
      [db.subscribers as Table<never, unknown>, subscriberPuts],
      [db.notes as Table<never, unknown>, notePuts],
      [db.followUps as Table<never, unknown>, followUpPuts],
      [db.visits as Table<never, unknown>, visitPuts],
      [db.templates as Table<never, unknown>, templatePuts],
    ];
    const total = writes.reduce((n, [, rows]) => n + rows.length, 0);
    let done = 0;
    options.onProgress?.({ phase: 'write', done, total });
    for (const [table, rows] of writes) {
      // Chunks keep each request batch small, which IndexedDB (and fake-indexeddb) handle far faster.
      for (let i = 0; i < rows.length; i += chunk) {
        await table.bulkPut(rows.slice(i, i + chunk) as never[]);
        done += Math.min(chunk, rows.length - i);
        options.onProgress?.({ phase: 'write', done, total });
      }
    }
  });
  return summary;
}
