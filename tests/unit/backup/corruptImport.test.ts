import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '@/utils/backup/importBackup';
import { parseBackup } from '@/utils/backup/parseBackup';
import { SuflerDb } from '@/utils/db/db';
import { seedMemory, snapshotMemory } from './seedMemory';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/backup', name), 'utf8');
let db: SuflerDb;

beforeEach(async () => {
  db = new SuflerDb(`corrupt-${Math.random()}`);
  await db.open();
  await seedMemory(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('importing a damaged or foreign file', () => {
  it.each([
    ['truncated.json', { kind: 'not_json' }],
    ['foreign-bookmarks.json', { kind: 'foreign' }],
    ['newer-version.json', { kind: 'newer_version', version: 7 }],
    ['missing-field.json', { kind: 'invalid', path: 'tables.notes.1.text' }],
    ['hostile-url.json', { kind: 'invalid', path: 'tables.followUps.0.url' }],
  ])('%s is refused with a reason', (file, problem) => {
    const parsed = parseBackup(fixture(file));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatchObject(problem);
  });

  it('refuses an empty file and JSON that is not an object', () => {
    expect(parseBackup('  ')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseBackup('[1,2,3]')).toEqual({ ok: false, problem: { kind: 'foreign' } });
  });

  it('accepts a valid backup of another seat', () => {
    const parsed = parseBackup(fixture('signal-operator-v1.json'));
    expect(parsed.ok && parsed.backup.tables.notes.length).toBe(2);
  });

  it('leaves the database as it was when an import fails halfway through', async () => {
    const before = await snapshotMemory(db);
    const parsed = parseBackup(fixture('signal-operator-v1.json'));
    if (!parsed.ok) throw new Error('fixture must parse');
    const failing = importBackup(db, parsed.backup, {
      chunkSize: 1,
      onProgress: (p) => {
        // The browser running out of space after the first rows were written.
        if (p.phase === 'write' && p.done >= 2) throw new DOMException('disk full', 'QuotaExceededError');
      },
    });
    await expect(failing).rejects.toThrow();
    expect(await snapshotMemory(db)).toEqual(before);
  });
});
