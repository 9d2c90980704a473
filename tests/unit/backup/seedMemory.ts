import type { SuflerDb } from '@/utils/db/db';

/** A small but complete memory: a merge link, pinned and plain notes, follow-ups in every state, visits, templates. */
export async function seedMemory(db: SuflerDb): Promise<void> {
  await db.subscribers.bulkAdd([
    {
      key: 'tel:+79124081562',
      name: 'Кузнецов Сергей Викторович',
      phones: ['+79124081562'],
      emails: [],
      crmIds: ['http://127.0.0.1:4173|CL-204877'],
      firstSeen: 1763450000000,
      lastSeen: 1764050000000,
    },
    {
      key: 'crm:http://127.0.0.1:4173:CL-204877',
      name: 'Сергей Кузнецов',
      phones: [],
      emails: [],
      crmIds: ['http://127.0.0.1:4173|CL-204877'],
      firstSeen: 1763400000000,
      lastSeen: 1763400000000,
      mergedInto: 'tel:+79124081562',
    },
    {
      key: 'tel:+79161234567',
      name: 'Алексей Воронин',
      phones: ['+79161234567'],
      emails: ['voronin@example.ru'],
      crmIds: [],
      firstSeen: 1763900000000,
      lastSeen: 1763990000000,
    },
  ]);
  await db.notes.bulkAdd([
    {
      id: 'n1',
      subscriberKey: 'tel:+79124081562',
      text: 'Ищет армейского друга Петра из Самары.\nСлужили в Чите.',
      pinned: 1,
      createdAt: 1763450100000,
      updatedAt: 1763450100000,
    },
    {
      id: 'n2',
      subscriberKey: 'tel:+79161234567',
      text: 'Перевод жене — до недели. https://signal.example/help/perevod',
      pinned: 0,
      createdAt: 1763900100000,
      updatedAt: 1763900200000,
    },
  ]);
  await db.followUps.bulkAdd([
    {
      id: 'f1',
      subscriberKey: 'tel:+79161234567',
      text: 'Проверить зачисление перевода',
      dueAt: 1764000000000,
      status: 'open',
      url: 'http://127.0.0.1:4173/#/c/1041',
      createdAt: 1763900300000,
      updatedAt: 1763900300000,
    },
    {
      id: 'f2',
      subscriberKey: 'tel:+79124081562',
      text: 'Перезвонить в пятницу',
      dueAt: 1763600000000,
      status: 'done',
      createdAt: 1763450200000,
      updatedAt: 1763600500000,
      notifiedAt: 1763600000500,
      doneAt: 1763600500000,
    },
    {
      id: 'f3',
      subscriberKey: 'tel:+79124081562',
      text: 'Спросить, нашёлся ли друг',
      dueAt: 1764100000000,
      status: 'snoozed',
      createdAt: 1763450300000,
      updatedAt: 1763450400000,
    },
  ]);
  await db.visits.bulkAdd([
    { id: 1, subscriberKey: 'tel:+79124081562', url: 'http://127.0.0.1:4173/#/c/0987', at: 1763450000000 },
    { id: 2, subscriberKey: 'tel:+79124081562', url: 'http://127.0.0.1:4173/#/c/1042', at: 1764050000000 },
    { id: 5, subscriberKey: 'tel:+79161234567', url: 'http://127.0.0.1:4173/#/c/1041', at: 1763990000000 },
  ]);
  await db.templates.bulkAdd([
    {
      id: 'personal-sms-proposal',
      packId: 'personal',
      data: { title: 'SMS с предложением', body: '{{name}}, выходи за меня!' },
      kind: 'sms',
      lang: 'ru',
      tags: ['личное'],
      updatedAt: 1763500000000,
    },
    {
      id: 'signal-basic/greeting',
      packId: 'signal-basic',
      data: { title: 'Приветствие', body: 'Здравствуйте, {{name}}!' },
      kind: 'reply',
      lang: 'ru',
      tags: [],
      updatedAt: 1763000000000,
    },
  ]);
}

/** Every exported table as plain rows, sorted, for comparing whole databases. */
export async function snapshotMemory(db: SuflerDb): Promise<Record<string, unknown[]>> {
  const byId = (a: { id?: unknown; key?: unknown }, b: { id?: unknown; key?: unknown }) =>
    String(a.id ?? a.key).localeCompare(String(b.id ?? b.key));
  return {
    subscribers: (await db.subscribers.toArray()).sort(byId),
    notes: (await db.notes.toArray()).sort(byId),
    followUps: (await db.followUps.toArray()).sort(byId),
    visits: (await db.visits.toArray()).sort(byId),
    templates: (await db.templates.toArray()).sort(byId),
  };
}
