import type { CrisisKind } from './decideCrisis';
import { modelSlot } from './modelSlot';
import { classProbabilities, type SoftmaxModel } from './softmaxModel';

/**
 * A multinomial logistic regression over the terms of `crisisTerms`, trained by
 * `trainCrisisModel` on every labelled set in tests/fixtures/analysis (`npm run train:models`
 * writes `crisisModel.json`). It reads the phrasings the lexicons have no entry for, and vetoes
 * the lexicons' verdict when the message as a whole reads as ordinary service talk.
 */
export type CrisisModel = SoftmaxModel;

export interface CrisisScore {
  /** Probability that the message is a crisis of any kind. */
  p: number;
  /** The most likely crisis kind. */
  kind: CrisisKind;
}

/** The model's reading of a message's terms. */
export function scoreCrisis(model: CrisisModel, terms: readonly string[]): CrisisScore {
  const p = classProbabilities(model, terms);
  let best = 1;
  for (let c = 2; c < p.length; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
  return { p: 1 - (p[0] ?? 0), kind: model.classes[best] as CrisisKind };
}

const slot = modelSlot(() => import('./crisisModel.json').then((m) => m.default as CrisisModel));

/** The crisis model the detectors use from now on (see `modelSlot`). */
export const setCrisisModel = slot.set;
export const currentCrisisModel = slot.current;
export const crisisModelGeneration = slot.generation;
/** Loads the shipped crisis model in its own chunk (~36 KB gzip) and sets it; once. */
export const loadCrisisModel = slot.load;
