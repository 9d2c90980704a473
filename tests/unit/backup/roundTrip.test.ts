import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/utils/backup/exportBackup';
import { importBackup } from '@/utils/backup/importBackup';
import { parseBackup } from '@/utils/backup/parseBackup';
import { mergeSettings } from '@/utils/backup/secrets';
import { SuflerDb } from '@/utils/db/db';
import { wipeAllData } from '@/utils/db/wipeAllData';
import { seedMemory, snapshotMemory } from './seedMemory';

const NOW = 1764067200000;
const SETTINGS = {
  'memory:retentionDays': 180,
  llm: { baseUrl: 'https://llm.signal.example/v1', apiKey: 'sk-live-123', model: 'signal-assist' },
  gatewayToken: 'tok-456',
  crmSites: [{ origin: 'https://crm.signal.example', sessionSecret: 'x' }],
};
let db: SuflerDb;

beforeEach(async () => {
  db = new SuflerDb(`backup-${Math.random()}`);
  await db.open();
  await seedMemory(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function restore(text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`backup refused: ${parsed.problem.kind}`);
  return importBackup(db, parsed.backup);
}

describe('backup round trip', () => {
  it('export → wipe → import gives back exactly the same memory, and re-exports byte for byte', async () => {
    const before = await snapshotMemory(db);
    const progress: number[] = [];
    const text = await exportBackup(db, {
      settings: SETTINGS,
      now: NOW,
      onProgress: (p) => progress.push(p.done),
    });
    expect(progress.at(-1)).toBe(3 + 2 + 3 + 3 + 1);

    await wipeAllData(db);
    const summary = await restore(text);
    expect(summary.added).toEqual({ subscribers: 3, notes: 2, followUps: 3, visits: 3, templates: 1 });

    const after = await snapshotMemory(db);
    // Pack templates come back with their packs, not with the operator's backup.
    expect(after).toEqual({
      ...before,
      templates: before.templates?.filter((t) => (t as { packId: string }).packId === 'personal'),
    });
    expect(await exportBackup(db, { settings: summary.settings, now: NOW })).toBe(
      await exportBackup(db, { settings: SETTINGS, now: NOW }),
    );
  });

  it('never writes secrets into the file', async () => {
    const text = await exportBackup(db, { settings: SETTINGS, now: NOW });
    expect(text).not.toMatch(/sk-live|tok-456|apiKey|Token|Secret/);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.settings).toEqual({
      'memory:retentionDays': 180,
      llm: { baseUrl: 'https://llm.signal.example/v1', model: 'signal-assist' },
      crmSites: [{ origin: 'https://crm.signal.example' }],
    });
  });

  it('importing the same file again adds nothing', async () => {
    const text = await exportBackup(db, { now: NOW });
    const before = await snapshotMemory(db);
    const summary = await restore(text);
    expect(summary.added).toEqual({ subscribers: 0, notes: 0, followUps: 0, visits: 0, templates: 0 });
    expect(summary.updated).toEqual({ subscribers: 0, notes: 0, followUps: 0, visits: 0, templates: 0 });
    expect(await snapshotMemory(db)).toEqual(before);
  });
});

describe('backup merge', () => {
  it('keeps the later edit of a row, unites identifiers, and matches visits by content', async () => {
    const text = await exportBackup(db, { now: NOW });
    // Meanwhile, on this machine: one note edited later, one edited earlier than the file's version.
    await db.notes.update('n1', { text: 'Друг нашёлся!', updatedAt: NOW });
    await db.notes.update('n2', { text: 'старая версия', updatedAt: 1 });
    await db.subscribers.update('tel:+79161234567', { phones: ['+79161234567', '+79035550000'] });
    // A visit with the same id but different content exists locally: the imported one gets a new id.
    await db.visits.update(5, { url: 'http://127.0.0.1:4173/#/c/1099' });

    const summary = await restore(text);
    expect((await db.notes.get('n1'))?.text).toBe('Друг нашёлся!');
    expect((await db.notes.get('n2'))?.text).toBe(
      'Перевод жене — до недели. https://signal.example/help/perevod',
    );
    expect((await db.subscribers.get('tel:+79161234567'))?.phones).toEqual(['+79161234567', '+79035550000']);
    expect(summary.updated.notes).toBe(1);
    expect(summary.added.visits).toBe(1);
    const urls = (await db.visits.where('subscriberKey').equals('tel:+79161234567').toArray()).map(
      (v) => v.url,
    );
    expect(urls.sort()).toEqual(['http://127.0.0.1:4173/#/c/1041', 'http://127.0.0.1:4173/#/c/1099']);
  });

  it('puts memory of a subscriber merged away here onto the survivor', async () => {
    const text = await exportBackup(db, { now: NOW });
    await wipeAllData(db);
    await db.subscribers.bulkAdd([
      { key: 'tel:+79999999999', phones: [], emails: [], crmIds: [], firstSeen: 1, lastSeen: 1 },
      {
        key: 'tel:+79161234567',
        phones: [],
        emails: [],
        crmIds: [],
        firstSeen: 1,
        lastSeen: 1,
        mergedInto: 'tel:+79999999999',
      },
    ]);
    await restore(text);
    expect((await db.notes.get('n2'))?.subscriberKey).toBe('tel:+79999999999');
    expect((await db.followUps.get('f1'))?.subscriberKey).toBe('tel:+79999999999');
  });

  it('never replaces a pack template with a personal one of the same id', async () => {
    const text = (await exportBackup(db, { now: NOW })).replace(
      '"personal-sms-proposal"',
      '"signal-basic/greeting"',
    );
    await restore(text);
    expect((await db.templates.get('signal-basic/greeting'))?.packId).toBe('signal-basic');
  });

  it('lays imported settings over local ones without erasing local secrets', () => {
    const local = { llm: { baseUrl: 'http://localhost:11434/v1', apiKey: 'sk-local' }, theme: 'dark' };
    const imported = {
      llm: { baseUrl: 'https://llm.signal.example/v1', apiKey: 'sk-from-file' },
      lang: 'ru',
    };
    expect(mergeSettings(local, imported)).toEqual({
      llm: { baseUrl: 'https://llm.signal.example/v1', apiKey: 'sk-local' },
      theme: 'dark',
      lang: 'ru',
    });
  });
});
