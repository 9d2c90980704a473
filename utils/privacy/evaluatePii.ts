import type { PiiCorpus } from './piiCorpus';
import type { PiiType } from './piiTypes';
import { redactPii } from './redactPii';

export interface PiiScore {
  /** Labelled spans. */
  gold: number;
  /** Entities the redactor produced. */
  predicted: number;
  /** Gold spans matched by a predicted entity of the same type. */
  truePositives: number;
  recall: number;
  precision: number;
}

export interface PiiMiss {
  text: string;
  type: string;
  value: string;
  /** Type the redactor gave the span instead, if it covered it at all. */
  got?: string;
}

export interface PiiEvaluation {
  overall: PiiScore;
  perType: Partial<Record<PiiType, PiiScore>>;
  /** Gold spans not covered by ANY entity: data that would have reached the model. */
  leaked: number;
  /** Hard negatives in the corpus and how many of them an entity touched. */
  negatives: number;
  negativesHit: number;
  misses: PiiMiss[];
  falsePositives: PiiMiss[];
}

interface Span {
  type: string;
  start: number;
  end: number;
}

/**
 * Spans match when the types agree and they overlap by at least half of their union
 * (intersection-over-union ≥ 0.5). Exact offsets would punish harmless differences such as
 * whether "(495)" keeps its bracket; half the union still rejects a phone that swallowed a
 * neighbouring number or a card cut in two.
 */
export function spansMatch(a: Span, b: Span): boolean {
  if (a.type !== b.type) return false;
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return false;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return inter / union >= 0.5;
}

const overlaps = (a: Omit<Span, 'type'>, b: Omit<Span, 'type'>) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

function score(gold: number, predicted: number, tp: number, fpTp: number): PiiScore {
  return {
    gold,
    predicted,
    truePositives: tp,
    recall: gold === 0 ? 1 : tp / gold,
    precision: predicted === 0 ? 1 : fpTp / predicted,
  };
}

/** Runs `redactPii` over a labelled corpus and scores it per type and overall. */
export function evaluatePii(corpus: PiiCorpus): PiiEvaluation {
  const counts = new Map<string, { gold: number; predicted: number; tp: number; correct: number }>();
  const bucket = (t: string) => {
    const c = counts.get(t) ?? { gold: 0, predicted: 0, tp: 0, correct: 0 };
    counts.set(t, c);
    return c;
  };
  const misses: PiiMiss[] = [];
  const falsePositives: PiiMiss[] = [];
  let leaked = 0;
  let negatives = 0;
  let negativesHit = 0;

  for (const msg of corpus) {
    const { entities } = redactPii(msg.text, msg.known);
    for (const g of msg.spans) {
      const b = bucket(g.type);
      b.gold++;
      if (entities.some((e) => spansMatch(e, g))) b.tp++;
      else {
        const cover = entities.find((e) => overlaps(e, g));
        if (!entities.some((e) => e.start <= g.start && e.end >= g.end)) leaked++;
        misses.push({
          text: msg.text,
          type: g.type,
          value: msg.text.slice(g.start, g.end),
          got: cover?.type,
        });
      }
    }
    for (const e of entities) {
      const b = bucket(e.type);
      b.predicted++;
      if (msg.spans.some((g) => spansMatch(e, g))) b.correct++;
      else falsePositives.push({ text: msg.text, type: e.type, value: e.value });
    }
    for (const n of msg.negatives ?? []) {
      negatives++;
      if (entities.some((e) => overlaps(e, n))) negativesHit++;
    }
  }

  const perType: Partial<Record<PiiType, PiiScore>> = {};
  let gold = 0;
  let predicted = 0;
  let tp = 0;
  let correct = 0;
  for (const [type, c] of counts) {
    perType[type as PiiType] = score(c.gold, c.predicted, c.tp, c.correct);
    gold += c.gold;
    predicted += c.predicted;
    tp += c.tp;
    correct += c.correct;
  }
  return {
    overall: score(gold, predicted, tp, correct),
    perType,
    leaked,
    negatives,
    negativesHit,
    misses,
    falsePositives,
  };
}
