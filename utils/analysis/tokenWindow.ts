import { NEGATORS } from './emotionLexicon';
import type { Token } from './tokenize';

/** "мы с сыном", "жена с ребёнком", "with my two kids". */
const WITH = new Set(['с', 'со', 'with']);

/** Whether "с / со / with" stands just before the cue: "мы с сыном", "with my two kids". */
export function withSomeone(tokens: readonly Token[], h: { from: number }): boolean {
  const clause = tokens[h.from]!.clause;
  for (let i = h.from - 1; i >= Math.max(0, h.from - 3); i--) {
    const t = tokens[i]!;
    if (t.clause !== clause && !WITH.has(t.norm)) break;
    if (WITH.has(t.norm)) return true;
  }
  return false;
}

/** A negation in the two words before, in the same clause ("не заблудились", "not lost"). */
export function isNegated(tokens: readonly Token[], from: number): boolean {
  if (NEGATORS.has(tokens[from]!.norm)) return false; // the phrase carries its own negation ("не дышит")
  const clause = tokens[from]!.clause;
  for (let i = from - 1; i >= Math.max(0, from - 2); i--) {
    const t = tokens[i]!;
    if (t.clause !== clause) break;
    if (NEGATORS.has(t.norm)) return true;
  }
  return false;
}

/**
 * Whether any of `others` lies in the same clause (or sentence, with `sentence`), at most `before`
 * words before or `after` words after `h`.
 */
export function near(
  tokens: readonly Token[],
  h: { from: number; to: number },
  others: readonly { from: number; to: number }[],
  before: number,
  after: number,
  sentence = false,
): boolean {
  const clause = tokens[h.from]!.clause;
  const sent = tokens[h.from]!.sentence;
  return others.some(
    (o) =>
      (sentence ? tokens[o.from]!.sentence === sent : tokens[o.from]!.clause === clause) &&
      o.to > h.from - before &&
      o.from < h.to + after &&
      // a word inside the cue itself ("телефон выключен") is not context
      !(o.from >= h.from && o.to <= h.to),
  );
}
