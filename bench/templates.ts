import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import Fuse from 'fuse.js';
import { SuflerDb } from '../utils/db/db';
import { acceptPack } from '../utils/packs/acceptPack';
import { BUILTIN_PACKS } from '../utils/packs/builtinPacks';
import {
  createTemplateSearch,
  type PackTemplateInput,
  type SearchableTemplate,
} from '../utils/templates/index';
import { type Figures, figure, percentile } from './figure';

/** A deterministic PRNG, so every run measures the same pack and queries. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/**
 * 10,000 templates made from the built-in packs' wording (both languages): each one a built-in
 * template with its title extended and a sentence borrowed from another, as a big team's pack
 * of variations on the same situations would be.
 */
export function bigPack(count = 10_000): { text: string; templates: SearchableTemplate[] } {
  const base = BUILTIN_PACKS.flatMap((p) => (p.templates as PackTemplateInput[]) ?? []);
  const sentences = base.flatMap((t) => t.body.split(/(?<=[.!?])\s+/).filter((s) => !s.includes('{{')));
  const extra = [
    'срочно',
    'повторно',
    'вечером',
    'для пенсионера',
    'в роуминге',
    'VIP',
    'again',
    'urgent',
    'follow-up',
  ];
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const templates: PackTemplateInput[] = Array.from({ length: count }, (_, i) => {
    const t = base[i % base.length]!;
    return {
      ...t,
      id: `${t.id}-${i}`,
      title: `${t.title} (${pick(extra)} ${i})`,
      // A verse template must stay a poem (its rhyme is checked on import): vary only the others.
      body: t.kind === 'verse' ? t.body : `${t.body}\n\n${pick(sentences)}`,
      tags: [...(t.tags ?? []), pick(extra)],
      shortcut: undefined,
    };
  });
  const pack = {
    format: 1,
    id: 'bench-10k',
    name: 'Bench: 10,000 templates',
    version: '1.0.0',
    author: 'bench',
    languages: ['ru', 'en'],
    constants: { companyName: 'Сигнал', crisisLine: '112' },
    templates,
  };
  const searchable = templates.map((t) => ({ id: t.id, title: t.title, body: t.body, tags: t.tags ?? [] }));
  return { text: JSON.stringify(pack, null, 2), templates: searchable };
}

/** What operators type: whole words, other word forms, typos, English, and a word letter by letter. */
export const QUERIES = [
  'перевод',
  'переводом жене',
  'первод не пришел',
  'деньги не дошли',
  'обещаный платеж',
  'заблудились в лесу',
  'нет связи в лесу',
  'покрытие вышка',
  'извинения девушке',
  'черный список',
  'смс предложение',
  'ребёнок в опасности',
  'застрял на трассе',
  'стихи',
  'компенсация',
  'друг армия',
  'stranded highway',
  'apologies',
  'coverage mast',
  'promised payment',
  'lost in the forest',
  ...['п', 'пе', 'пер', 'пере', 'перев', 'перево', 'перевод', 'перевод ж', 'перевод же', 'перевод жен'],
];

async function importMs(text: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const db = new SuflerDb(`bench-import-${run}`);
    await db.open();
    const start = performance.now();
    const result = await acceptPack(db, text, { source: 'file', requireSignature: false, trustedKeys: [] });
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`bench pack refused: ${JSON.stringify(result.reason).slice(0, 300)}`);
    if ((await db.templates.count()) !== 10_000) throw new Error('not all templates were stored');
    db.close();
    await Dexie.delete(db.name);
  }
  return times.sort((a, b) => a - b)[1]!;
}

/** Each query's median time over `rounds` rounds (a median per query keeps other processes' noise out). */
function timeQueries(search: (q: string) => unknown, rounds: number): number[] {
  const times = QUERIES.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    QUERIES.forEach((q, i) => {
      const start = performance.now();
      search(q);
      times[i]!.push(performance.now() - start);
    });
  }
  return times.map((t) => percentile(t, 50));
}

export async function templatesFigures(): Promise<Figures> {
  const { text, templates } = bigPack();
  const importTime = await importMs(text);

  const ours = createTemplateSearch(templates);
  timeQueries((q) => ours.search(q), 3);
  // p95 over the queries of each one's median latency: the slow queries, not the slow moments.
  const oursTimes = timeQueries((q) => ours.search(q), 15);

  // The naive alternative: Fuse.js with its defaults over the same fields.
  // (About a second a query over 10,000 bodies, so one round is enough to compare.)
  const fuse = new Fuse(templates, { keys: ['title', 'body', 'tags'] });
  const fuseTimes = timeQueries((q) => fuse.search(q, { limit: 50 }), 1);
  const total = (times: number[]) => times.reduce((a, b) => a + b, 0) / times.length;

  return {
    pack_import_10k_ms: figure(importTime, 'ms', 2000),
    template_search_p95_ms: figure(percentile(oursTimes, 95), 'ms', 5),
    template_search_vs_fuse_ratio: figure(total(oursTimes) / total(fuseTimes), 'x', 0.2),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await templatesFigures());
}
