import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SuflerDb } from '@/utils/db/db';
import { mergeSubscribers } from '@/utils/db/mergeSubscribers';
import { resolveSubscriberKey } from '@/utils/db/resolveSubscriberKey';
import { schemaVersions } from '@/utils/db/schema';

/* Version 3 indexes `mergedInto`; a v2 database opened by the current code must use it at once. */
describe('v3 merge-link index on upgraded data', () => {
  it('finds and repoints subscribers merged before the upgrade', async () => {
    const fixture = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/db/v2.json'), 'utf8')) as {
      tables: Record<string, object[]>;
    };
    const name = `v3-index-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of schemaVersions.filter((s) => s.version <= 2)) old.version(v.version).stores(v.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new SuflerDb(name);
    await db.open();
    const alias = 'crm:http://127.0.0.1:4173:CL-204877';
    expect(await db.subscribers.where('mergedInto').equals('tel:+79124081562').primaryKeys()).toEqual([
      alias,
    ]);
    await mergeSubscribers(db, 'tel:+79124081562', 'mailto:voronin@example.ru');
    expect(await resolveSubscriberKey(db, alias)).toBe('mailto:voronin@example.ru');
    expect((await db.subscribers.get(alias))?.mergedInto).toBe('mailto:voronin@example.ru');
    db.close();
    await Dexie.delete(name);
  });
});
