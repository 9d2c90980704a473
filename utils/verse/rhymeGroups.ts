import type { Ending } from './ending';
import { rhymeScore } from './rhymeScore';

/** Pairs scoring at least this rhyme (tuned on the RIFMA training split). */
export const RHYME_THRESHOLD = 0.72;
/** How far back a line looks for its rhyme: enough for ABBA and for ABAB across two quatrains. */
const WINDOW = 4;
/** Best score over the readings of two line endings (alternative readings weigh less). */
export function bestRhymeScore(a: readonly Ending[], b: readonly Ending[]): number {
  let best = 0;
  for (const ea of a) {
    for (const eb of b) {
      const s = rhymeScore(ea, eb) * (ea.weight ?? 1) * (eb.weight ?? 1);
      if (s > best) best = s;
    }
  }
  return best;
}

// Quatrains mostly rhyme ABAB, ABBA, AABB or ABCB: a small prior for these shapes lets a
// borderline pair complete a usual scheme (tuned on a development part of the RIFMA training split).
const USUAL_SHAPE = 0.15;
const QUATRAIN_PRIOR: Record<string, number> = {
  '0101': USUAL_SHAPE,
  '0110': USUAL_SHAPE,
  '0011': USUAL_SHAPE,
  '0121': USUAL_SHAPE,
};

// Stanzas up to this size are grouped by trying every partition (203 for six lines).
const EXHAUSTIVE_MAX = 6;

function pairScores(endings: readonly (readonly Ending[])[]): number[][] {
  return endings.map((a, i) => endings.map((b, j) => (i === j ? 0 : bestRhymeScore(a, b))));
}

interface Search {
  scores: number[][];
  threshold: number;
  rgs: number[];
  best: number[];
  bestGain: number;
}

// Depth-first over restricted growth strings: line i joins an existing group or opens a new one.
function visit(s: Search, i: number, maxLabel: number, gain: number): void {
  const n = s.rgs.length;
  if (i === n) {
    const total = gain + (n === 4 ? (QUATRAIN_PRIOR[s.rgs.join('')] ?? 0) : 0);
    if (total > s.bestGain + 1e-9) {
      s.bestGain = total;
      s.best = s.rgs.slice();
    }
    return;
  }
  const row = s.scores[i] ?? [];
  for (let label = 0; label <= maxLabel + 1; label++) {
    s.rgs[i] = label;
    let g = gain;
    for (let j = 0; j < i; j++) if (s.rgs[j] === label) g += (row[j] ?? 0) - s.threshold;
    visit(s, i + 1, Math.max(maxLabel, label), g);
  }
}

/**
 * Tries every partition of a short stanza (restricted growth strings) and keeps the one whose
 * same-group pairs gain most over the threshold: one false link cannot merge two rhyme groups.
 */
function exhaustiveGroups(scores: number[][], threshold: number): number[] {
  const n = scores.length;
  const search: Search = {
    scores,
    threshold,
    rgs: new Array<number>(n).fill(0),
    best: Array.from({ length: n }, (_, i) => i),
    bestGain: 0,
  };
  visit(search, 0, -1, 0);
  // Singletons are unrhymed lines.
  const sizes = new Map<number, number>();
  for (const g of search.best) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  return search.best.map((g) => ((sizes.get(g) ?? 0) > 1 ? g : -1));
}

// Longer blocks: each line joins the best-rhyming line among the previous few.
function greedyGroups(scores: number[][], threshold: number): number[] {
  const groups = scores.map(() => -1);
  let next = 0;
  for (let i = 1; i < scores.length; i++) {
    let bestJ = -1;
    let best = threshold;
    for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
      const s = scores[i]?.[j] ?? 0;
      if (s > best + 1e-9 || (bestJ < 0 && s >= best)) {
        best = s;
        bestJ = j;
      }
    }
    if (bestJ < 0) continue;
    if ((groups[bestJ] ?? -1) < 0) groups[bestJ] = next++;
    groups[i] = groups[bestJ] ?? -1;
  }
  return groups;
}

/**
 * Groups the lines of one stanza by rhyme. Returns a group number per line, -1 for a line that
 * rhymes with nothing.
 */
export function rhymeGroups(endings: readonly (readonly Ending[])[], threshold = RHYME_THRESHOLD): number[] {
  const scores = pairScores(endings);
  return endings.length <= EXHAUSTIVE_MAX
    ? exhaustiveGroups(scores, threshold)
    : greedyGroups(scores, threshold);
}

/** Conventional letters (A, B, …) in order of appearance; unrhymed lines get letters of their own. */
export function schemeLetters(groups: readonly number[]): string[] {
  const letterOf = new Map<number, string>();
  let n = 0;
  const letter = (k: number) =>
    k < 26 ? String.fromCharCode(65 + k) : `${String.fromCharCode(65 + (k % 26))}${Math.floor(k / 26)}`;
  return groups.map((g) => {
    if (g < 0) return letter(n++);
    const known = letterOf.get(g);
    if (known) return known;
    const l = letter(n++);
    letterOf.set(g, l);
    return l;
  });
}
