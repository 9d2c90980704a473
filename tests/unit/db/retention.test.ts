import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRetention } from '@/utils/db/applyRetention';
import { SuflerDb } from '@/utils/db/db';
import { addFollowUp, completeFollowUp } from '@/utils/db/followUps';
import { addNote, setNotePinned } from '@/utils/db/notes';
import { recordVisit } from '@/utils/db/visits';
import { wipeAllData } from '@/utils/db/wipeAllData';

const DAY = 86_400_000;
const NOW = Date.parse('2025-11-25T13:40:00+03:00');
const KEY = 'tel:+79161234567';
let db: SuflerDb;

beforeEach(async () => {
  db = new SuflerDb(`retention-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function seed() {
  const old = await addNote(db, KEY, 'Старая заметка про роуминг в Турции', NOW - 200 * DAY);
  const pinned = await addNote(db, KEY, 'Ищет армейского друга Петра из Самары', NOW - 300 * DAY);
  await setNotePinned(db, pinned.id, true);
  const fresh = await addNote(db, KEY, 'Перевод жене — до недели', NOW - 5 * DAY);
  await recordVisit(db, KEY, 'http://127.0.0.1:4173/#/c/0987', NOW - 120 * DAY);
  await recordVisit(db, KEY, 'http://127.0.0.1:4173/#/c/1042', NOW - 2 * DAY);
  const doneLongAgo = await addFollowUp(
    db,
    { subscriberKey: KEY, text: 'Перезвонить', dueAt: NOW - 100 * DAY },
    NOW - 101 * DAY,
  );
  await completeFollowUp(db, doneLongAgo.id, NOW - 100 * DAY);
  const overdueOpen = await addFollowUp(
    db,
    { subscriberKey: KEY, text: 'Проверить перевод', dueAt: NOW - 150 * DAY },
    NOW - 151 * DAY,
  );
  return { old, pinned, fresh, overdueOpen };
}

describe('retention', () => {
  it('is off for 0 days', async () => {
    await seed();
    expect(await applyRetention(db, 0, NOW)).toEqual({ notes: 0, visits: 0, followUps: 0 });
    expect(await db.notes.count()).toBe(3);
  });

  it('deletes notes, visits and done follow-ups older than N days; keeps pinned notes and pending follow-ups', async () => {
    const { pinned, fresh, overdueOpen } = await seed();
    expect(await applyRetention(db, 90, NOW)).toEqual({ notes: 1, visits: 1, followUps: 1 });
    expect((await db.notes.toArray()).map((n) => n.id).sort()).toEqual([pinned.id, fresh.id].sort());
    expect((await db.visits.toArray()).map((v) => v.url)).toEqual(['http://127.0.0.1:4173/#/c/1042']);
    expect((await db.followUps.toArray()).map((f) => f.id)).toEqual([overdueOpen.id]);
    // Running it again finds nothing more.
    expect(await applyRetention(db, 90, NOW)).toEqual({ notes: 0, visits: 0, followUps: 0 });
  });
});

describe('wipeAllData', () => {
  it('empties every table', async () => {
    await seed();
    await db.subscribers.put({ key: KEY, phones: [], emails: [], crmIds: [], firstSeen: 1, lastSeen: 2 });
    await wipeAllData(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});
