import { z } from 'zod';
import { type CrisisResult, detectCrisis } from './detectCrisis';
import { EMOTIONS } from './emotions';

/** One labelled message of `tests/fixtures/analysis/crisis.json` (or of any other set in that shape). */
export const crisisSampleSchema = z.object({
  text: z.string(),
  lang: z.string(),
  /** The crisis kind, or null for a message that is not a crisis. */
  crisis: z.string().nullable(),
  emotion: z.enum(EMOTIONS).optional(),
  /** A negative written to look like a crisis ("умираю от смеха"). */
  hard: z.boolean().optional(),
});

export type CrisisSample = z.infer<typeof crisisSampleSchema>;

export interface CrisisEvaluation {
  /** Share of crisis messages detected as a crisis (of any kind). */
  recall: number;
  /** Share of non-crisis messages flagged as a crisis. */
  falseAlarmRate: number;
  /** Share of detected crises given the labelled kind (aliases allowed, see `KIND_ALIASES`). */
  kindAccuracy: number;
  perKind: Record<string, { total: number; detected: number; recall: number; kindMatches: number }>;
  total: number;
  missed: string[];
  falseAlarms: string[];
}

/** Other names a labeller may use for the same kind. */
const KIND_ALIASES: Record<string, string> = {
  distress: 'self_harm',
  suicide: 'self_harm',
  health: 'health_threat',
  medical: 'health_threat',
  child: 'child_at_risk',
  vulnerable: 'child_at_risk',
};

const canonical = (kind: string) => KIND_ALIASES[kind] ?? kind;

/** Recall and false-alarm rate of `detect` (by default `detectCrisis`) on a labelled set. */
export function evaluateCrisis(
  samples: readonly CrisisSample[],
  detect: (text: string) => CrisisResult = detectCrisis,
): CrisisEvaluation {
  const perKind: CrisisEvaluation['perKind'] = {};
  let positives = 0;
  let detected = 0;
  let kindMatches = 0;
  let negatives = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  for (const s of samples) {
    const r = detect(s.text);
    if (s.crisis) {
      positives++;
      const k = perKind[s.crisis] ?? { total: 0, detected: 0, recall: 0, kindMatches: 0 };
      perKind[s.crisis] = k;
      k.total++;
      if (r.isCrisis) {
        detected++;
        k.detected++;
        if (r.kind && canonical(r.kind) === canonical(s.crisis)) {
          kindMatches++;
          k.kindMatches++;
        }
      } else missed.push(s.text);
    } else {
      negatives++;
      if (r.isCrisis) falseAlarms.push(s.text);
    }
  }
  for (const k of Object.values(perKind)) k.recall = ratio(k.detected, k.total);
  return {
    recall: ratio(detected, positives),
    falseAlarmRate: negatives === 0 ? 0 : falseAlarms.length / negatives,
    kindAccuracy: ratio(kindMatches, detected),
    perKind,
    total: samples.length,
    missed,
    falseAlarms,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}
