import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SuflerDb } from '@/utils/db/db';
import {
  addFollowUp,
  completeFollowUp,
  countOverdue,
  deleteFollowUp,
  editFollowUp,
  listFollowUps,
  listPending,
  listPendingDueBy,
  markNotified,
  reopenFollowUp,
  snoozeFollowUp,
} from '@/utils/db/followUps';
import { FollowUpWriteError, MemoryWriteError } from '@/utils/db/writeError';

const KEY = 'tel:+79161234567';
const URL = 'http://127.0.0.1:4173/#/c/1041';
let db: SuflerDb;

beforeEach(async () => {
  db = new SuflerDb(`followups-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('follow-ups', () => {
  it('are created open with the conversation URL and listed pending first by due time', async () => {
    const later = await addFollowUp(
      db,
      { subscriberKey: KEY, text: 'Перезвонить', dueAt: 2000, url: URL },
      10,
    );
    const sooner = await addFollowUp(db, { subscriberKey: KEY, text: 'Проверить перевод', dueAt: 1000 }, 10);
    const done = await addFollowUp(db, { subscriberKey: KEY, text: 'Извиниться', dueAt: 500 }, 10);
    await completeFollowUp(db, done.id, 600);
    expect(later).toMatchObject({ status: 'open', url: URL, createdAt: 10 });
    expect((await listFollowUps(db, KEY)).map((f) => f.id)).toEqual([sooner.id, later.id, done.id]);
    expect(await db.followUps.get(done.id)).toMatchObject({ status: 'done', doneAt: 600 });
  });

  it('snoozes, edits and reopens, forgetting that the old reminder was shown', async () => {
    const f = await addFollowUp(db, { subscriberKey: KEY, text: 'Перезвонить', dueAt: 1000 }, 10);
    await markNotified(db, f.id, 1001);
    await snoozeFollowUp(db, f.id, 1900, 1002);
    let row = await db.followUps.get(f.id);
    expect(row).toMatchObject({ status: 'snoozed', dueAt: 1900, updatedAt: 1002 });
    expect(row).not.toHaveProperty('notifiedAt');

    await markNotified(db, f.id, 1901);
    await editFollowUp(db, f.id, { text: 'Перезвонить после 18:00' }, 1950);
    expect(await db.followUps.get(f.id)).toMatchObject({ notifiedAt: 1901, text: 'Перезвонить после 18:00' });
    await editFollowUp(db, f.id, { dueAt: 5000 }, 1960);
    row = await db.followUps.get(f.id);
    expect(row).toMatchObject({ status: 'open', dueAt: 5000 });
    expect(row).not.toHaveProperty('notifiedAt');

    await completeFollowUp(db, f.id, 6000);
    await reopenFollowUp(db, f.id, 6001);
    expect(await db.followUps.get(f.id)).toMatchObject({ status: 'open' });
    await deleteFollowUp(db, f.id);
    expect(await db.followUps.count()).toBe(0);
  });

  it('counts overdue ones for the badge and lists what is due today across subscribers', async () => {
    await addFollowUp(db, { subscriberKey: KEY, text: 'Просрочено', dueAt: 100 }, 1);
    const snoozed = await addFollowUp(
      db,
      { subscriberKey: 'tel:+79124081562', text: 'Отложено', dueAt: 200 },
      1,
    );
    await snoozeFollowUp(db, snoozed.id, 400, 2);
    await addFollowUp(db, { subscriberKey: KEY, text: 'Позже сегодня', dueAt: 900 }, 1);
    await addFollowUp(db, { subscriberKey: KEY, text: 'Завтра', dueAt: 5000 }, 1);
    const done = await addFollowUp(db, { subscriberKey: KEY, text: 'Сделано', dueAt: 50 }, 1);
    await completeFollowUp(db, done.id, 60);

    expect(await countOverdue(db, 500)).toBe(2);
    expect((await listPendingDueBy(db, 1000)).map((f) => f.text)).toEqual([
      'Просрочено',
      'Отложено',
      'Позже сегодня',
    ]);
    expect((await listPending(db)).length).toBe(4);
  });

  it('fails with a typed error the editor can explain, and on a follow-up that is gone', async () => {
    await expect(editFollowUp(db, 'missing', { text: 'x' })).rejects.toBeInstanceOf(FollowUpWriteError);
    db.close();
    const error = await addFollowUp(db, { subscriberKey: KEY, text: 'Не потерять', dueAt: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MemoryWriteError);
    expect((error as MemoryWriteError).failure).toBe('closed');
  });
});
