import type { Token } from './tokenize';

/**
 * A phrase pattern, shared by the built-in lexicons and by intent rules in packs.
 *
 * Syntax: words separated by spaces, matched against normalised words (lower case, `ё` → `е`).
 * - `word` matches that exact word; `stem*` matches any word starting with `stem`;
 * - `a/b*` offers alternatives for one slot; `#` matches a number;
 * - `..` between two slots allows up to three other words in between.
 * A phrase never matches across a sentence boundary.
 */
export interface Phrase {
  slots: Slot[];
  /** gaps[i]: how many extra words may stand between slot i and slot i + 1. */
  gaps: number[];
  source: string;
}

export interface Slot {
  words: string[];
  prefixes: string[];
  num: boolean;
}

const GAP = 3;

export function normalizePattern(source: string): string {
  return source.toLowerCase().replace(/ё/g, 'е').replace(/['’]/g, '');
}

export function parsePhrase(source: string): Phrase {
  const slots: Slot[] = [];
  const gaps: number[] = [];
  for (const part of normalizePattern(source).split(/[\s-]+/)) {
    if (part === '') continue;
    if (part === '..') {
      if (slots.length > 0) gaps[slots.length - 1] = GAP;
      continue;
    }
    const slot: Slot = { words: [], prefixes: [], num: false };
    for (const alt of part.split('/')) {
      if (alt === '#') slot.num = true;
      else if (alt.endsWith('*')) slot.prefixes.push(alt.slice(0, -1));
      else if (alt !== '') slot.words.push(alt);
    }
    gaps[slots.length] = 0;
    slots.push(slot);
  }
  if (slots.length === 0) throw new Error(`Empty phrase pattern: "${source}"`);
  return { slots, gaps, source };
}

const NUMBER = /^\d/;

export function slotMatches(slot: Slot, word: string): boolean {
  if (slot.num && NUMBER.test(word)) return true;
  if (slot.words.includes(word)) return true;
  for (const p of slot.prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** Index just past the match of `phrase` starting at token `i`, or -1. */
export function matchPhraseAt(tokens: readonly Token[], i: number, phrase: Phrase): number {
  const first = tokens[i];
  if (!first || !slotMatches(phrase.slots[0]!, first.norm)) return -1;
  return matchRest(tokens, i, 1, phrase, first.sentence);
}

function matchRest(
  tokens: readonly Token[],
  prev: number,
  s: number,
  phrase: Phrase,
  sentence: number,
): number {
  if (s >= phrase.slots.length) return prev + 1;
  const slot = phrase.slots[s]!;
  const maxGap = phrase.gaps[s - 1] ?? 0;
  for (let j = prev + 1; j <= prev + 1 + maxGap; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) return -1;
    if (slotMatches(slot, t.norm)) {
      const end = matchRest(tokens, j, s + 1, phrase, sentence);
      if (end >= 0) return end;
    }
  }
  return -1;
}
