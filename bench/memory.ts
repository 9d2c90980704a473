import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { exportBackup } from '../utils/backup/exportBackup';
import { importBackup } from '../utils/backup/importBackup';
import { parseBackup } from '../utils/backup/parseBackup';
import { SuflerDb } from '../utils/db/db';
import { searchNotes } from '../utils/db/searchNotes';
import { loadTimeline } from '../utils/db/timeline';
import type { FollowUp, Note, Subscriber, Visit } from '../utils/db/types';
import { NotesIndex } from '../utils/subscriber/NotesIndex';
import { type Figures, figure, percentile } from './figure';

/*
 * Subscriber memory at the size of a busy seat after years of work: 20,000 subscribers and
 * 100,000 notes (plus follow-ups and visits), in fake-indexeddb under Node. Deterministic data.
 */

const SUBSCRIBERS = 20_000;
const NOTES = 100_000;
const FOLLOW_UPS = 10_000;
const VISITS = 40_000;
const T0 = Date.parse('2024-01-10T09:00:00+03:00');

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Пётр', 'Сергей', 'Анна', 'Ольга', 'Иван', 'Марина', 'Алексей', 'Наталья', 'Дмитрий', 'Елена'];
const CITIES = [
  'Самары',
  'Твери',
  'Читы',
  'Омска',
  'Казани',
  'Перми',
  'Тулы',
  'Калуги',
  'Ярославля',
  'Вологды',
];
const PHRASES = [
  (n: string, c: string) => `Ищет армейского друга ${n} из ${c}, служили вместе в роте связи`,
  (_n: string, c: string) =>
    `Перевод жене и сыну на автовокзал ${c}, по регламенту до недели — проверить зачисление`,
  (n: string) => `Просил перезвонить в пятницу после 18:00, спросить ${n}`,
  (_n: string, c: string) => `Жалоба в стихах на отсутствие связи в лесу под ${c}, нужны координаты`,
  (_n: string, _c: string, k: number) => `Тариф «Сигнал Безлимит», баланс ${k} ₽, подключён обещанный платёж`,
  (n: string) => `Передал извинения девушке (${n}), номер в чёрном списке — объяснил, что можем`,
  () => 'Хочет отправить SMS с предложением руки и сердца, подобрали шаблон',
  (_n: string, _c: string, k: number) =>
    `Застрял на трассе М-${k % 12} с нулевым балансом, подключили обещанный платёж`,
  (_n: string, c: string) => `Грибники потерялись под ${c}, продиктовал номер 112 и координаты`,
  (_n: string, _c: string, k: number) => `Не проходит перевод с карты, номер заявки ${k}, ждёт ответа банка`,
  () => 'Роуминг в Турции: не работает мобильный интернет, перезагрузка не помогла',
  (_n: string, _c: string, k: number) => `Вернуть ${k} ₽ за ошибочное списание за подписку`,
];

function subscriberKeyOf(i: number): string {
  return `tel:+7916${String(i).padStart(7, '0')}`;
}

function makeData() {
  const r = rng(20_251_125);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const subscribers: Subscriber[] = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    key: subscriberKeyOf(i),
    name: `${pick(NAMES)} ${['Кузнецов', 'Громов', 'Воронин', 'Соколова', 'Морозова'][i % 5]}`,
    phones: [subscriberKeyOf(i).slice(4)],
    emails: i % 7 === 0 ? [`client${i}@example.ru`] : [],
    crmIds: [`https://crm.signal.example|CL-${100_000 + i}`],
    firstSeen: T0 + i * 1000,
    lastSeen: T0 + i * 5000,
  }));
  const notes: Note[] = Array.from({ length: NOTES }, (_, i) => {
    const at = T0 + i * 60_000;
    const text = `${pick(PHRASES)(pick(NAMES), pick(CITIES), Math.floor(r() * 90_000) + 100)}.\n${pick(PHRASES)(pick(NAMES), pick(CITIES), i)}`;
    return {
      id: `note-${String(i).padStart(6, '0')}-${Math.floor(r() * 1e9).toString(36)}`,
      subscriberKey: subscriberKeyOf(Math.floor(r() * SUBSCRIBERS)),
      text,
      pinned: i % 17 === 0 ? 1 : 0,
      createdAt: at,
      updatedAt: at + (i % 3) * 1000,
    };
  });
  const followUps: FollowUp[] = Array.from({ length: FOLLOW_UPS }, (_, i) => ({
    id: `fu-${String(i).padStart(6, '0')}`,
    subscriberKey: subscriberKeyOf(Math.floor(r() * SUBSCRIBERS)),
    text: 'Перезвонить и проверить зачисление перевода',
    dueAt: T0 + i * 3_600_000,
    status: i % 3 === 0 ? 'done' : 'open',
    url: `https://crm.signal.example/#/c/${1000 + i}`,
    createdAt: T0 + i * 3_600_000 - 7_200_000,
    updatedAt: T0 + i * 3_600_000 - 7_200_000,
    ...(i % 3 === 0 ? { doneAt: T0 + i * 3_600_000 } : {}),
  }));
  const visits: Visit[] = Array.from({ length: VISITS }, (_, i) => ({
    id: i + 1,
    subscriberKey: subscriberKeyOf(Math.floor(r() * SUBSCRIBERS)),
    url: `https://crm.signal.example/#/c/${2000 + i}`,
    at: T0 + i * 120_000,
  }));
  return { subscribers, notes, followUps, visits };
}

async function fill(db: SuflerDb): Promise<Note[]> {
  const data = makeData();
  const add = async <T>(table: { bulkAdd(rows: T[]): Promise<unknown> }, rows: T[]) => {
    for (let i = 0; i < rows.length; i += 2000) await table.bulkAdd(rows.slice(i, i + 2000));
  };
  await add(db.subscribers, data.subscribers);
  await add(db.notes, data.notes);
  await add(db.followUps, data.followUps);
  await add(db.visits, data.visits);
  return data.notes;
}

const QUERIES = [
  'перевод',
  'переводом',
  'армейского друга',
  'друг самара',
  'перезвонить пятницу',
  'трасса',
  'грибники',
  'извинения',
  'роуминг интернет',
  'обещанный платеж',
  'обещанного платежа',
  'жалоба связь лес',
  'списание подписка',
  'перев',
  'кар',
  'SMS предложение',
  'номер заявки',
  'координаты',
  'чёрный список',
  'автовокзал твери',
];

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

export async function memoryFigures(): Promise<Figures> {
  const name = `bench-memory-${Date.now()}`;
  const db = new SuflerDb(name);
  await db.open();
  const notes = await fill(db);

  const r = rng(7);
  const timeline: number[] = [];
  for (let i = 0; i < 20; i++) await loadTimeline(db, subscriberKeyOf(i));
  for (let i = 0; i < 300; i++) {
    const key = subscriberKeyOf(Math.floor(r() * SUBSCRIBERS));
    timeline.push((await timed(() => loadTimeline(db, key)))[0]);
  }

  const index = new NotesIndex();
  const [buildMs] = await timed(async () => index.sync(notes));
  const search: number[] = [];
  for (const q of QUERIES) await searchNotes(db, index, q);
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) search.push((await timed(() => searchNotes(db, index, q)))[0]);
  }

  const [exportMs, text] = await timed(() => exportBackup(db, { now: T0 }));
  db.close();
  await Dexie.delete(name);

  const target = new SuflerDb(`${name}-import`);
  await target.open();
  const [importMs, summary] = await timed(async () => {
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(`the benchmark backup does not parse: ${parsed.problem.kind}`);
    return importBackup(target, parsed.backup);
  });
  if (summary.added.notes !== NOTES) throw new Error('the benchmark import lost notes');
  target.close();
  await Dexie.delete(target.name);

  return {
    timeline_p95_ms: figure(percentile(timeline, 95), 'ms', 10),
    notes_search_p95_ms: figure(percentile(search, 95), 'ms', 50),
    notes_index_build_100k_ms: figure(buildMs, 'ms', 10_000),
    backup_export_100k_ms: figure(exportMs, 'ms', 5000),
    backup_import_100k_ms: figure(importMs, 'ms', 10_000),
  };
}

// `node --import tsx bench/memory.ts` prints this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await memoryFigures(), null, 2));
}
