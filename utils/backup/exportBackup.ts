import type { Table } from 'dexie';
import type { SuflerDb } from '../db/db';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupTable } from './backupSchema';
import { stripSecrets } from './secrets';

export interface BackupProgress {
  phase: 'read' | 'write';
  done: number;
  total: number;
}

export interface ExportOptions {
  /** Extension settings (e.g. `storage.local`); secrets are removed here whatever the caller passes. */
  settings?: Record<string, unknown>;
  now?: number;
  app?: string;
  onProgress?: (progress: BackupProgress) => void;
  /** Rows read per step; each step reports progress and lets the page breathe. */
  chunkSize?: number;
}

type AnyTable = Table<object, string | number>;

function tableOf(db: SuflerDb, name: BackupTable): AnyTable {
  return db.table(name) as AnyTable;
}

/** Only personal templates are the operator's own; pack templates come back with their packs. */
function select(db: SuflerDb, name: BackupTable) {
  return name === 'templates' ? db.templates.where('packId').equals('personal') : null;
}

async function count(db: SuflerDb, name: BackupTable): Promise<number> {
  return (select(db, name) ?? tableOf(db, name).toCollection()).count();
}

/**
 * Everything the operator wrote, as one versioned JSON document: subscribers, notes,
 * follow-ups, visits, personal templates and settings without secrets. Tables are read in
 * primary-key pages so a large export reports progress as it goes.
 */
export async function exportBackup(db: SuflerDb, options: ExportOptions = {}): Promise<string> {
  const chunk = options.chunkSize ?? 5000;
  const totals = await Promise.all(BACKUP_TABLES.map((name) => count(db, name)));
  const total = totals.reduce((a, b) => a + b, 0);
  let done = 0;
  options.onProgress?.({ phase: 'read', done, total });

  const tables: string[] = [];
  for (const name of BACKUP_TABLES) {
    const rows: string[] = [];
    const filtered = select(db, name);
    if (filtered) {
      for (const row of await filtered.toArray()) rows.push(JSON.stringify(row));
      done += rows.length;
    } else {
      const table = tableOf(db, name);
      let last: string | number | undefined;
      for (;;) {
        const page =
          last === undefined
            ? await table.orderBy(':id').limit(chunk).toArray()
            : await table.where(':id').above(last).limit(chunk).toArray();
        for (const row of page) rows.push(JSON.stringify(row));
        done += page.length;
        options.onProgress?.({ phase: 'read', done, total });
        if (page.length < chunk) break;
        last = (page[page.length - 1] as Record<string, string | number>)[
          table.schema.primKey.keyPath as string
        ];
      }
    }
    tables.push(`${JSON.stringify(name)}:[${rows.join(',')}]`);
  }
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: options.now ?? Date.now(),
    ...(options.app ? { app: options.app } : {}),
  };
  const settings = JSON.stringify(stripSecrets(options.settings ?? {}));
  options.onProgress?.({ phase: 'read', done: total, total });
  return `${JSON.stringify(head).slice(0, -1)},"tables":{${tables.join(',')}},"settings":${settings}}\n`;
}
