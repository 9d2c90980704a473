import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SuflerDb } from '@/utils/db/db';
import { addFollowUp } from '@/utils/db/followUps';
import { mergeSubscribers } from '@/utils/db/mergeSubscribers';
import { addNote, listNotes } from '@/utils/db/notes';
import { resolveSubscriberKey } from '@/utils/db/resolveSubscriberKey';
import { searchSubscribers } from '@/utils/db/searchSubscribers';
import { touchSubscriber } from '@/utils/db/touchSubscriber';
import { unlinkSubscriber } from '@/utils/db/unlinkSubscriber';
import { listVisits } from '@/utils/db/visits';

const CRM = 'http://127.0.0.1:4173';
const HELPDESK = 'https://help.signal.example';
let db: SuflerDb;

beforeEach(async () => {
  db = new SuflerDb(`identity-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('subscriber identity', () => {
  it('links a new key to the subscriber who already has its CRM id, phone or e-mail', async () => {
    // First seen in the CRM without a phone, then with one: the same person.
    const first = await touchSubscriber(db, { crmId: 'CL-204877', name: 'Сергей Кузнецов' }, CRM, 10);
    expect(first).toBe(`crm:${CRM}:CL-204877`);
    const second = await touchSubscriber(
      db,
      { crmId: 'CL-204877', phone: '+79124081562', name: 'Кузнецов Сергей Викторович' },
      CRM,
      20,
    );
    expect(second).toBe(first);
    expect(await resolveSubscriberKey(db, 'tel:+79124081562')).toBe(first);
    expect(await db.subscribers.get(first!)).toMatchObject({
      phones: ['+79124081562'],
      name: 'Кузнецов Сергей Викторович',
      firstSeen: 10,
      lastSeen: 20,
    });
    // The phone now finds him from another CRM too.
    expect(
      await touchSubscriber(db, { phone: '+79124081562', email: 's.kuznetsov@example.ru' }, HELPDESK, 30),
    ).toBe(first);
  });

  it('keeps CRM ids of different CRMs apart', async () => {
    const a = await touchSubscriber(db, { crmId: '1041' }, CRM, 1);
    const b = await touchSubscriber(db, { crmId: '1041' }, HELPDESK, 2);
    expect(a).not.toBe(b);
    expect(await resolveSubscriberKey(db, b!)).toBe(b);
  });

  it('merges two subscribers in one go: notes, follow-ups and visits move, the old key resolves to the survivor', async () => {
    const voronin = (await touchSubscriber(
      db,
      { phone: '+79161234567', name: 'Алексей Воронин' },
      CRM,
      1,
      `${CRM}/#/c/1041`,
    ))!;
    const mail = (await touchSubscriber(
      db,
      { email: 'Voronin@Example.ru' },
      HELPDESK,
      2,
      `${HELPDESK}/t/77`,
    ))!;
    expect(mail).toBe('mailto:voronin@example.ru');
    await addNote(db, mail, 'Пишет с рабочей почты, перевод жене — до недели', 3);
    await addFollowUp(
      db,
      { subscriberKey: mail, text: 'Проверить перевод', dueAt: 100, url: `${HELPDESK}/t/77` },
      3,
    );

    const result = await mergeSubscribers(db, mail, voronin, 50);
    expect(result).toEqual({ survivor: voronin, moved: { notes: 1, followUps: 1, visits: 1 } });
    expect(await resolveSubscriberKey(db, mail)).toBe(voronin);
    expect((await listNotes(db, voronin)).map((n) => n.text)).toEqual([
      'Пишет с рабочей почты, перевод жене — до недели',
    ]);
    expect(await listNotes(db, mail)).toEqual([]);
    expect(await db.followUps.where('subscriberKey').equals(voronin).count()).toBe(1);
    expect((await listVisits(db, voronin)).map((v) => v.url)).toEqual([
      `${HELPDESK}/t/77`,
      `${CRM}/#/c/1041`,
    ]);
    expect(await db.subscribers.get(voronin)).toMatchObject({
      emails: ['voronin@example.ru'],
      phones: ['+79161234567'],
      firstSeen: 1,
    });
    // The next conversation from the e-mail lands on the survivor.
    expect(await touchSubscriber(db, { email: 'voronin@example.ru' }, HELPDESK, 60)).toBe(voronin);
  });

  it('repoints earlier merges when their survivor is merged in turn (no chains)', async () => {
    const [a, b, c] = await Promise.all(
      ['+79161110001', '+79161110002', '+79161110003'].map((phone, i) =>
        touchSubscriber(db, { phone }, CRM, i),
      ),
    );
    await mergeSubscribers(db, a!, b!);
    await mergeSubscribers(db, b!, c!);
    expect((await db.subscribers.get(a!))?.mergedInto).toBe(c);
    expect(await resolveSubscriberKey(db, a!)).toBe(c);
    // Merging a subscriber into itself (through its alias) changes nothing.
    expect((await mergeSubscribers(db, a!, c!)).moved).toEqual({ notes: 0, followUps: 0, visits: 0 });
  });

  it('lets the operator undo a wrong automatic link', async () => {
    // An office e-mail shared by colleagues: the first one called with his phone, the second writes from it.
    const first = (await touchSubscriber(
      db,
      { phone: '+79035550000', email: 'office@signal-client.ru' },
      CRM,
      1,
    ))!;
    const office = 'mailto:office@signal-client.ru';
    expect(await touchSubscriber(db, { email: 'office@signal-client.ru' }, HELPDESK, 2)).toBe(first);
    await unlinkSubscriber(db, office, 3);
    expect(await resolveSubscriberKey(db, office)).toBe(office);
    expect(await touchSubscriber(db, { email: 'office@signal-client.ru' }, HELPDESK, 4)).toBe(office);
    expect((await db.subscribers.get(first))?.emails).toEqual([]);
    expect(await touchSubscriber(db, { phone: '+79035550000' }, CRM, 5)).toBe(first);
  });

  it('finds subscribers for the picker by name words, phone digits or e-mail, merged ones hidden', async () => {
    await touchSubscriber(db, { phone: '+79124081562', name: 'Кузнецов Сергей Викторович' }, CRM, 1);
    await touchSubscriber(
      db,
      { phone: '+79161234567', name: 'Алексей Воронин', email: 'voronin@example.ru' },
      CRM,
      2,
    );
    await touchSubscriber(db, { email: 'other@example.ru', name: 'Сергей Громов' }, CRM, 3);
    const names = async (q: string) => (await searchSubscribers(db, q)).map((s) => s.name);
    expect(await names('сергей кузнецов')).toEqual(['Кузнецов Сергей Викторович']);
    expect(await names('408-15')).toEqual(['Кузнецов Сергей Викторович']);
    expect(await names('VORONIN@')).toEqual(['Алексей Воронин']);
    expect(await names('')).toEqual(['Сергей Громов', 'Алексей Воронин', 'Кузнецов Сергей Викторович']);
    await mergeSubscribers(db, 'mailto:other@example.ru', 'tel:+79124081562');
    expect(await names('громов')).toEqual([]);
  });
});
