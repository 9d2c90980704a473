import type { CrisisKind } from './decideCrisis';
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

let current: CrisisModel | undefined;
let generation = 0;

/**
 * The model the detectors use from now on. The Node API (`utils/core`) sets it at import; the side
 * panel loads it after its first paint (`loadCrisisModel`), so the lexicons answer first.
 */
export function setCrisisModel(model: CrisisModel | undefined): void {
  current = model;
  generation++;
}

export function currentCrisisModel(): CrisisModel | undefined {
  return current;
}

/** Changes whenever the model does: verdicts cached under another generation are stale. */
export function crisisModelGeneration(): number {
  return generation;
}

let loading: Promise<void> | undefined;

/** Loads the shipped model in its own chunk (about 20 KB gzip) and sets it; once. */
export function loadCrisisModel(): Promise<void> {
  loading ??= import('./crisisModel.json').then((m) => {
    if (!current) setCrisisModel(m.default as CrisisModel);
  });
  return loading;
}
