import { detectVerse } from './detectVerse';
import type { VerseOptions } from './types';

/** One labelled text of tests/fixtures/verse/detection.json. */
export interface DetectionSample {
  id: string;
  label: 'verse' | 'not_verse';
  /** rhymed, blank_verse, rifma, free_verse, prose… (for error analysis). */
  kind: string;
  lang?: string;
  source?: string;
  text: string;
}

export interface DetectionEvaluation {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  samples: number;
  /** Samples the detector got wrong. */
  errors: { id: string; kind: string; expected: boolean }[];
}

/** Verse detection against a labelled set: "verse" is the positive class. */
export function evaluateVerseDetection(
  samples: readonly DetectionSample[],
  options: VerseOptions = {},
): DetectionEvaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: DetectionEvaluation['errors'] = [];
  for (const s of samples) {
    const expected = s.label === 'verse';
    const got = detectVerse(s.text, options).isVerse;
    if (expected && got) tp++;
    else if (got) fp++;
    else if (expected) fn++;
    if (expected !== got) errors.push({ id: s.id, kind: s.kind, expected });
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    accuracy: (samples.length - errors.length) / Math.max(1, samples.length),
    samples: samples.length,
    errors,
  };
}
