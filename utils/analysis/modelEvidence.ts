import type { CrisisWord } from './crisisTerms';
import { type SoftmaxModel, termWeight } from './softmaxModel';

const EVIDENCE = 3;

/**
 * The words and word pairs that weighed most for class `c` against class 0, merged where they
 * touch ("не можем найти", not "можем"): what the panel highlights when only a model saw it.
 */
export function modelEvidence(
  model: SoftmaxModel,
  c: number,
  words: readonly CrisisWord[],
): { start: number; end: number }[] {
  const scored: { start: number; end: number; weight: number }[] = [];
  words.forEach((w, i) => {
    scored.push({ start: w.start, end: w.end, weight: termWeight(model, w.stem, c) });
    const prev = words[i - 1];
    if (prev)
      scored.push({ start: prev.start, end: w.end, weight: termWeight(model, `${prev.stem}_${w.stem}`, c) });
  });
  const top = scored
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, EVIDENCE)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const x of top) {
    const last = merged[merged.length - 1];
    if (last && x.start <= last.end + 1) last.end = Math.max(last.end, x.end);
    else merged.push({ start: x.start, end: x.end });
  }
  return merged;
}
