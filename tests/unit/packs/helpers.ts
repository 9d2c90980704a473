import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { SuflerDb } from '@/utils/db/db';

export const FIXTURES = resolve(__dirname, '../../fixtures/packs');

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(fixture(name)) as Record<string, unknown>;
}

/** The test keys' public halves (`tests/fixtures/packs/keys`). */
export function testKey(name: 'team-lead' | 'stranger'): { name: string; publicKey: string } {
  return { name, publicKey: (fixtureJson(`keys/${name}.pub`) as { publicKey: string }).publicKey };
}

export async function openTestDb(): Promise<SuflerDb> {
  const db = new SuflerDb(`packs-${Math.random()}`);
  await db.open();
  return db;
}

export async function dropTestDb(db: SuflerDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** Every table of the database, every row, in key order: equal dumps mean nothing changed. */
export async function dumpDb(db: SuflerDb): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toCollection().toArray();
  return JSON.stringify(tables);
}
