import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SuflerDb } from '@/utils/db/db';
import { addFollowUp, completeFollowUp } from '@/utils/db/followUps';
import { addNote } from '@/utils/db/notes';
import { loadTimeline } from '@/utils/db/timeline';
import { touchSubscriber } from '@/utils/db/touchSubscriber';
import { listVisits, recordVisit, VISIT_DEDUPE_MS } from '@/utils/db/visits';

const CRM = 'http://127.0.0.1:4173';
const KEY = 'tel:+79124081562';
let db: SuflerDb;

beforeEach(async () => {
  db = new SuflerDb(`timeline-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('timeline', () => {
  it('shows notes, follow-ups (set and done) and opened conversations, newest first', async () => {
    await touchSubscriber(db, { phone: '+79124081562' }, CRM, 1000, `${CRM}/#/c/0987`);
    await addNote(db, KEY, 'Ищет армейского друга Петра', 2000);
    const f = await addFollowUp(db, { subscriberKey: KEY, text: 'Перезвонить в пятницу', dueAt: 9000 }, 3000);
    await touchSubscriber(db, { phone: '+79124081562' }, CRM, 4000, `${CRM}/#/c/1042`);
    await completeFollowUp(db, f.id, 5000);
    await addNote(db, 'tel:+79161234567', 'Чужая заметка', 2500);

    const entries = await loadTimeline(db, KEY);
    expect(entries.map((e) => [e.kind, e.at, e.kind === 'followUp' ? e.event : ''])).toEqual([
      ['followUp', 5000, 'done'],
      ['visit', 4000, ''],
      ['followUp', 3000, 'created'],
      ['note', 2000, ''],
      ['visit', 1000, ''],
    ]);
    // Visits hold the time and URL only, never conversation text.
    const visit = entries.find((e) => e.kind === 'visit');
    expect(visit?.kind === 'visit' && Object.keys(visit.visit).sort()).toEqual([
      'at',
      'id',
      'subscriberKey',
      'url',
    ]);
  });

  it('counts re-opening the same conversation within minutes as one visit', async () => {
    await recordVisit(db, KEY, `${CRM}/#/c/1042`, 1000);
    await recordVisit(db, KEY, `${CRM}/#/c/1042`, 1000 + VISIT_DEDUPE_MS - 1);
    await recordVisit(db, KEY, `${CRM}/#/c/0987`, 2000 + VISIT_DEDUPE_MS);
    await recordVisit(db, KEY, `${CRM}/#/c/1042`, 3000 + VISIT_DEDUPE_MS);
    expect((await listVisits(db, KEY)).map((v) => v.url)).toEqual([
      `${CRM}/#/c/1042`,
      `${CRM}/#/c/0987`,
      `${CRM}/#/c/1042`,
    ]);
  });
});
