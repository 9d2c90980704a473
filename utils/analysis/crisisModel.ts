import type { CrisisKind } from './decideCrisis';

/**
 * A multinomial logistic regression over the terms of `crisisTerms`, trained by
 * `trainCrisisModel` on every labelled set in tests/fixtures/analysis (`npm run train:crisis`
 * writes `crisisModel.json`). It reads the phrasings the lexicons have no entry for, and vetoes
 * the lexicons' verdict when the message as a whole reads as ordinary service talk.
 */
export interface CrisisModel {
  version: 1;
  /** `crisisTrainingFingerprint` of what it was trained on: a test fails when it is stale. */
  fingerprint: string;
  /** 'none' first, then the crisis kinds. */
  classes: string[];
  bias: number[];
  /** Per term, one weight per class. Terms with only small weights are left out. */
  weights: Record<string, number[]>;
}

export interface CrisisScore {
  /** Probability that the message is a crisis of any kind. */
  p: number;
  /** The most likely crisis kind. */
  kind: CrisisKind;
}

/** The model's reading of a message's terms. */
export function scoreCrisis(model: CrisisModel, terms: readonly string[]): CrisisScore {
  const z = [...model.bias];
  for (const t of terms) {
    const w = model.weights[t];
    if (!w) continue;
    for (let c = 0; c < z.length; c++) z[c] = (z[c] ?? 0) + (w[c] ?? 0);
  }
  const p = softmax(z);
  let best = 1;
  for (let c = 2; c < p.length; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
  return { p: 1 - (p[0] ?? 0), kind: model.classes[best] as CrisisKind };
}

export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/**
 * How much a term speaks for `kind` rather than for no crisis: the words with the largest are
 * shown as the reason when only the model saw the crisis.
 */
export function termWeight(model: CrisisModel, term: string, kind: CrisisKind): number {
  const w = model.weights[term];
  if (!w) return 0;
  return (w[model.classes.indexOf(kind)] ?? 0) - (w[0] ?? 0);
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
