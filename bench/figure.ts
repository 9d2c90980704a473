export interface Figure {
  value: number;
  unit: string;
  budget: number;
  ok: boolean;
  /** Quality figures (recall, F1…) must reach their budget; time and size must stay under it. */
  higherIsBetter?: boolean;
}

export type Figures = Record<string, Figure>;

export function figure(value: number, unit: string, budget: number, higherIsBetter = false): Figure {
  const rounded = Math.round(value * 1000) / 1000;
  const ok = higherIsBetter ? rounded >= budget : rounded <= budget;
  return higherIsBetter
    ? { value: rounded, unit, budget, ok, higherIsBetter }
    : { value: rounded, unit, budget, ok };
}

/** Median of `runs` timings of `fn` in milliseconds, after `warmup` untimed runs. */
export function medianMs(fn: () => void, runs = 31, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The p-th percentile (0..100) of timings. */
export function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
