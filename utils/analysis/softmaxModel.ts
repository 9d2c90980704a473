/**
 * A multinomial logistic regression over sparse terms: the shape of the crisis and emotion models
 * (`crisisModel.json`, `emotionModel.json`), how they read a message and how they are trained.
 */
export interface SoftmaxModel {
  version: 1;
  /** `rowsFingerprint` of what it was trained on: a test fails when it is stale. */
  fingerprint: string;
  classes: string[];
  bias: number[];
  /** Per term, one weight per class. Terms with only small weights are left out. */
  weights: Record<string, number[]>;
}

/** The probability of each class (in `model.classes` order) for a message's terms. */
export function classProbabilities(model: SoftmaxModel, terms: readonly string[]): number[] {
  const z = [...model.bias];
  for (const t of terms) {
    const w = model.weights[t];
    if (!w) continue;
    for (let c = 0; c < z.length; c++) z[c] = (z[c] ?? 0) + (w[c] ?? 0);
  }
  return softmax(z);
}

export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** How much a term speaks for class `c` rather than for class 0 (no crisis, or the baseline). */
export function termWeight(model: SoftmaxModel, term: string, c: number): number {
  const w = model.weights[term];
  if (!w || c < 0) return 0;
  return (w[c] ?? 0) - (w[0] ?? 0);
}

/** A sample's terms and class index: what training reads. */
export interface TrainingRow {
  terms: readonly string[];
  y: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** Weight decay per update. */
  l2: number;
  /** Terms whose weights all stay within ±prune are dropped (size of the shipped model). */
  prune: number;
}

/**
 * Stochastic gradient descent on the softmax loss, rows in the order given: the same rows give the
 * same model. Weights are rounded to two decimals, terms sorted.
 */
export function trainSoftmax(
  rows: readonly TrainingRow[],
  classes: readonly string[],
  options: TrainingOptions,
): SoftmaxModel {
  const k = classes.length;
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const row = (t: string) => {
    let w = weights.get(t);
    if (!w) {
      w = new Float64Array(k);
      weights.set(t, w);
    }
    return w;
  };
  const { epochs, learningRate: lr, l2, prune } = options;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { terms, y } of rows) {
      const z = Array.from(bias);
      for (const t of terms) {
        const w = weights.get(t);
        if (w) for (let c = 0; c < k; c++) z[c]! += w[c]!;
      }
      const p = softmax(z);
      for (let c = 0; c < k; c++) {
        const g = p[c]! - (c === y ? 1 : 0);
        bias[c]! -= lr * g;
        for (const t of terms) {
          const w = row(t);
          w[c] = w[c]! * (1 - l2) - lr * g;
        }
      }
    }
  }
  const kept: Record<string, number[]> = {};
  for (const t of [...weights.keys()].sort()) {
    const w = weights.get(t)!;
    if (w.some((x) => Math.abs(x) > prune)) kept[t] = Array.from(w, round2);
  }
  return {
    version: 1,
    fingerprint: rowsFingerprint(rows),
    classes: [...classes],
    bias: Array.from(bias, round2),
    weights: kept,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100 || 0;

/**
 * FNV-1a of every row's class and terms: changes when a labelled set changes, and when the
 * lexicons or guards change what a message's terms are.
 */
export function rowsFingerprint(rows: readonly TrainingRow[]): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const r of rows) add(`${r.y}|${r.terms.join(' ')}\n`);
  return h.toString(16).padStart(8, '0');
}

/** Renders a model one term a line, so that a retrained model reads as a diff. */
export function modelJson(model: SoftmaxModel): string {
  const terms = Object.entries(model.weights).map(([t, w]) => `${JSON.stringify(t)}:${JSON.stringify(w)}`);
  const head = {
    version: model.version,
    fingerprint: model.fingerprint,
    classes: model.classes,
    bias: model.bias,
  };
  return `${JSON.stringify(head).slice(0, -1)},"weights":{\n${terms.join(',\n')}\n}}\n`;
}
