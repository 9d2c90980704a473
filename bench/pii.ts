// PII redaction benchmark: speed on a realistic 2 KB message, recall and precision on the
// labelled corpus. `npx tsx bench/pii.ts` prints both tables; `npm run bench` collects
// `piiFigures()` with the other budgets.
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

let evaluation: PiiEvaluation | undefined;
function evaluate(): PiiEvaluation {
  evaluation ??= evaluatePii(piiCorpusSchema.parse(JSON.parse(readFileSync(fixture('corpus.json'), 'utf8'))));
  return evaluation;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export async function piiFigures(): Promise<Record<string, Figure>> {
  const message = readFileSync(fixture('message-2kb.txt'), 'utf8');
  const ms = medianRedactMs(message);
  const { overall } = evaluate();
  return {
    pii_redact_2kb_ms: figure(ms, 'ms', 1),
    pii_recall: figure(overall.recall, 'ratio', 0.99, true),
    pii_precision: figure(overall.precision, 'ratio', 0.97, true),
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

/** Per-type recall and precision on the corpus, plus the hard-negative hit count, for a table. */
export async function piiPerType(): Promise<Record<string, PiiTypeRow>> {
  const ev = evaluate();
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
  console.table(await piiPerType());
}
