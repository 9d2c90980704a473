export type VerseMeter = 'iamb' | 'trochee' | 'dactyl' | 'amphibrach' | 'anapest';

interface MeterShape {
  period: number;
  /** Position of the first strong syllable (0-based). */
  offset: number;
}

export const METERS: Record<VerseMeter, MeterShape> = {
  iamb: { period: 2, offset: 1 },
  trochee: { period: 2, offset: 0 },
  dactyl: { period: 3, offset: 0 },
  amphibrach: { period: 3, offset: 1 },
  anapest: { period: 3, offset: 2 },
};

/** A stress on a weak position breaks the metre; word stresses are pattern value 2. */
const OFF_BEAT = 1;
// Ternary metres seldom skip a beat, binary ones skip often (pyrrhic feet): a skipped beat on a
// clearly unstressed syllable costs a little in ternary metres and almost nothing in binary ones.
const SKIP_TERNARY = 0.25;
const SKIP_BINARY = 0.02;
/** A line fits a metre when its cost stays below one misplaced stress. */
export const LINE_FIT = 1;
/** Share of lines that must fit for the poem to have that metre. */
const POEM_FIT = 0.75;
/**
 * Our stress lexicon misplaces some stresses (homographs, unknown words), which breaks single
 * lines. A metre fitting at least half the lines still wins when it is clearly better than every
 * other one (its total cost at most this share of the runner-up's) and the poem has enough
 * lines to tell.
 */
const LOOSE_FIT = 0.4;
const LOOSE_MARGIN = 0.6;
const LOOSE_MIN_LINES = 8;

/**
 * How badly a line's stress pattern (2 stressed, 1 may be stressed, 0 unstressed per syllable)
 * departs from a metre: 1 per stress on a weak position, a little per skipped beat.
 */
export function meterCost(pattern: readonly number[], meter: VerseMeter): number {
  const { period, offset } = METERS[meter];
  const skip = period === 3 ? SKIP_TERNARY : SKIP_BINARY;
  let cost = 0;
  pattern.forEach((p, i) => {
    const strong = i >= offset && (i - offset) % period === 0;
    if (!strong && p === 2) cost += OFF_BEAT;
    else if (strong && p === 0) cost += skip;
  });
  return cost;
}

/** 0-based positions of the strong syllables of a metre in a line of `syllables` syllables. */
export function strongPositions(meter: VerseMeter, syllables: number): number[] {
  const { period, offset } = METERS[meter];
  const out: number[] = [];
  for (let i = offset; i < syllables; i += period) out.push(i);
  return out;
}

/**
 * The metre most lines fit, or undefined when no metre fits at least three lines in four (or the
 * stresses are too few to tell, as in lines of one-syllable words).
 */
export function detectMeter(patterns: readonly (readonly number[])[]): VerseMeter | undefined {
  const lines = patterns.filter((p) => p.includes(2));
  if (lines.length < 2 || lines.length < patterns.length / 2) return undefined;
  let best: VerseMeter | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  const scored: { meter: VerseMeter; cost: number; fit: number }[] = [];
  for (const meter of Object.keys(METERS) as VerseMeter[]) {
    let fits = 0;
    let cost = 0;
    for (const p of lines) {
      const c = meterCost(p, meter);
      cost += c;
      if (c < LINE_FIT) fits++;
    }
    scored.push({ meter, cost, fit: fits / lines.length });
    if (fits / lines.length >= POEM_FIT && cost < bestCost) {
      bestCost = cost;
      best = meter;
    }
  }
  if (best || lines.length < LOOSE_MIN_LINES) return best;
  scored.sort((a, b) => a.cost - b.cost);
  const [first, second] = scored;
  if (first && second && first.fit >= LOOSE_FIT && first.cost <= LOOSE_MARGIN * second.cost)
    return first.meter;
  return undefined;
}
