import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SuflerDb } from '@/utils/db/db';
import { schemaVersions } from '@/utils/db/schema';

/*
 * One looping test for every schema version: a database is created exactly as version N
 * shipped it, filled with `tests/fixtures/db/vN.json`, then opened by the current code.
 * Every row must survive the upgrade (the per-version `expected` transforms say how it may change).
 */

const FIXTURES = join(process.cwd(), 'tests/fixtures/db');
type Row = Record<string, unknown>;
interface Fixture {
  version: number;
  tables: Record<string, Row[]>;
}

const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture);

/** How a row of an older version looks after all upgrades; identity unless an upgrade changes it. */
function expectedAfterUpgrade(_table: string, row: Row, _from: number): Row {
  return row;
}

function primaryKeyOf(stores: Record<string, string | null>, table: string): string {
  return (stores[table] ?? '')
    .split(',')[0]!
    .trim()
    .replace(/^[&+]+/, '');
}

describe('database migrations', () => {
  it('has a fixture for every shipped version', () => {
    const latest = schemaVersions[schemaVersions.length - 1]!.version;
    for (const { version } of schemaVersions) {
      if (version < latest) expect(fixtures.map((f) => f.version)).toContain(version);
    }
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    it(`upgrades a v${fixture.version} database to the current schema without losing a row`, async () => {
      const name = `migrate-from-v${fixture.version}-${Math.random()}`;
      const old = new Dexie(name);
      for (const v of schemaVersions.filter((s) => s.version <= fixture.version))
        old.version(v.version).stores(v.stores);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = new SuflerDb(name);
      await db.open();
      expect(db.verno).toBe(schemaVersions[schemaVersions.length - 1]!.version);
      const stores = Object.assign({}, ...schemaVersions.map((s) => s.stores)) as Record<
        string,
        string | null
      >;
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const pk = primaryKeyOf(stores, table);
        for (const row of rows) {
          const stored = await db.table(table).get(row[pk] as string);
          expect(stored, `${table} ${String(row[pk])}`).toEqual(
            expectedAfterUpgrade(table, row, fixture.version),
          );
        }
      }
      db.close();
      await Dexie.delete(name);
    });
  }
});
