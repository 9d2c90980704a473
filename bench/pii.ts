// PII redaction benchmark: speed on a realistic 2 KB message, recall and precision on our
// labelled corpus and on four corpora written blind by other writers (corpus-writer-1.json to
// corpus-writer-4.json; their generators are kept outside the repository).
// All four writer corpora have since been read to find concepts, so they are development sets: the pooled writer figure
// guards against regressions, only a new blind corpus tells how the rules generalise.
// `npx tsx bench/pii.ts` prints the figures and a per-type table for each corpus; `npm run bench`
// collects `piiFigures()` with the other budgets.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { evaluatePii, type PiiEvaluation, piiCorpusSchema, redactPii } from '../utils/privacy/index';
import { type Figure, figure } from './figure';

const fixture = (name: string) => new URL(`../tests/fixtures/pii/${name}`, import.meta.url);

// What the CRM shows for the subscriber of the 2 KB message: the realistic call passes them.
const KNOWN = ['+79164821735', 'olga.kuznetsova@mail.ru', 'Ольга Кузнецова', 'SM-0045127'];
const WARMUP = 200;
const RUNS = 500;

function medianRedactMs(text: string): number {
  for (let i = 0; i < WARMUP; i++) redactPii(text, KNOWN);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    redactPii(text, KNOWN);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Our generated corpus, each writer's corpus, and all writers' corpora pooled. */
export type PiiCorpusName = 'own' | 'writer1' | 'writer2' | 'writer3' | 'writer4' | 'writers';
const CORPUS_FILES: Record<PiiCorpusName, readonly string[]> = {
  own: ['corpus.json'],
  writer1: ['corpus-writer-1.json'],
  writer2: ['corpus-writer-2.json'],
  writer3: ['corpus-writer-3.json'],
  writer4: ['corpus-writer-4.json'],
  writers: ['corpus-writer-1.json', 'corpus-writer-2.json', 'corpus-writer-3.json', 'corpus-writer-4.json'],
};

const evaluations = new Map<PiiCorpusName, PiiEvaluation>();
function evaluate(corpus: PiiCorpusName): PiiEvaluation {
  let ev = evaluations.get(corpus);
  if (!ev) {
    // Pooled: every labelled span of the writers' corpora counts once, so the larger corpus weighs more.
    const messages = CORPUS_FILES[corpus].flatMap((file) =>
      piiCorpusSchema.parse(JSON.parse(readFileSync(fixture(file), 'utf8'))),
    );
    ev = evaluatePii(messages);
    evaluations.set(corpus, ev);
  }
  return ev;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export async function piiFigures(): Promise<Record<string, Figure>> {
  const message = readFileSync(fixture('message-2kb.txt'), 'utf8');
  const ms = medianRedactMs(message);
  const { overall } = evaluate('own');
  const writers = evaluate('writers').overall;
  return {
    pii_redact_2kb_ms: figure(ms, 'ms', 1),
    pii_recall: figure(overall.recall, 'ratio', 0.99, true),
    pii_precision: figure(overall.precision, 'ratio', 0.97, true),
    pii_writer_corpus_recall: figure(writers.recall, 'ratio', 0.99, true),
    pii_writer_corpus_precision: figure(writers.precision, 'ratio', 0.97, true),
  };
}

export interface PiiTypeRow {
  gold: number;
  predicted: number;
  recall: number;
  precision: number;
  /** On the ALL row: hard negatives in the corpus, and how many an entity touched. */
  hardNegatives?: number;
  hardNegativesHit?: number;
}

/** Per-type recall and precision on a corpus, plus the hard-negative hit count, for a table. */
export async function piiPerType(corpus: PiiCorpusName = 'own'): Promise<Record<string, PiiTypeRow>> {
  const ev = evaluate(corpus);
  const rows: Record<string, PiiTypeRow> = {};
  for (const [type, s] of Object.entries(ev.perType)) {
    rows[type] = {
      gold: s.gold,
      predicted: s.predicted,
      recall: round(s.recall, 4),
      precision: round(s.precision, 4),
    };
  }
  rows.ALL = {
    gold: ev.overall.gold,
    predicted: ev.overall.predicted,
    recall: round(ev.overall.recall, 4),
    precision: round(ev.overall.precision, 4),
    hardNegatives: ev.negatives,
    hardNegativesHit: ev.negativesHit,
  };
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await piiFigures());
  console.log('Own corpus (tests/fixtures/pii/corpus.json), per type:');
  console.table(await piiPerType('own'));
  console.log('Writer 1 (tests/fixtures/pii/corpus-writer-1.json), per type:');
  console.table(await piiPerType('writer1'));
  console.log('Writer 2 (tests/fixtures/pii/corpus-writer-2.json), per type:');
  console.table(await piiPerType('writer2'));
  console.log('Writer 3 (tests/fixtures/pii/corpus-writer-3.json), per type:');
  console.table(await piiPerType('writer3'));
  console.log('Writer 4 (tests/fixtures/pii/corpus-writer-4.json), per type:');
  console.table(await piiPerType('writer4'));
}
