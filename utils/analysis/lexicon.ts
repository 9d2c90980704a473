import { matchPhraseAt, type Phrase, parsePhrase, type Slot } from './phrase';
import type { Token } from './tokenize';

/** A lexicon entry: `p` is one phrase pattern or several joined by ` | `. */
export interface LexiconEntry {
  p: string;
}

export interface Hit<T> {
  entry: T;
  /** First token of the match. */
  from: number;
  /** Token index just past the match. */
  to: number;
}

interface Compiled<T> {
  id: number;
  phrase: Phrase;
  entry: T;
}

/**
 * A set of phrases indexed so that a message is scanned once and each token only tries the handful
 * of phrases that can start there (the analysis must stay well under a millisecond per message).
 * Phrases whose first two words are fixed and adjacent ("не знаю где…", "no idea where…") are
 * indexed by both words: a common first word like "не" starts dozens of phrases, its pair very few.
 */
export interface Lexicon<T> {
  exact: Map<string, Compiled<T>[]>;
  /** Prefix patterns keyed by their first three letters. */
  byPrefix3: Map<string, Compiled<T>[]>;
  /** First word → second word → phrases (both exact). Nested maps: no key string per token. */
  pairExact: Map<string, Map<string, Compiled<T>[]>>;
  /** First word → first three letters of a prefix second slot → phrases. */
  pairPrefix3: Map<string, Map<string, Compiled<T>[]>>;
  /** Prefixes shorter than three letters: few, tried on every token. */
  loose: Compiled<T>[];
  /** Phrases that start with a `#` slot, tried only on tokens that are numbers. */
  numeric: Compiled<T>[];
  /** Per phrase, the last scan step that tried it: dedupes without allocating a Set per token. */
  seen: Uint32Array;
  step: number;
}

function push<T>(map: Map<string, Compiled<T>[]>, key: string, c: Compiled<T>): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

function push2<T>(
  map: Map<string, Map<string, Compiled<T>[]>>,
  k1: string,
  k2: string,
  c: Compiled<T>,
): void {
  let inner = map.get(k1);
  if (!inner) {
    inner = new Map();
    map.set(k1, inner);
  }
  push(inner, k2, c);
}

/** A second slot that can key the pair index: no number, no short prefix, right after the first. */
function pairable(phrase: Phrase): Slot | undefined {
  const [first, second] = phrase.slots;
  if (!first || !second || phrase.gaps[0] !== 0) return undefined;
  if (first.num || first.prefixes.length > 0 || first.words.length === 0) return undefined;
  if (second.num || second.prefixes.some((p) => p.length < 3)) return undefined;
  return second;
}

export function compileLexicon<T extends LexiconEntry>(entries: readonly T[]): Lexicon<T> {
  const lex: Lexicon<T> = {
    exact: new Map(),
    byPrefix3: new Map(),
    pairExact: new Map(),
    pairPrefix3: new Map(),
    loose: [],
    numeric: [],
    seen: new Uint32Array(0),
    step: 0,
  };
  let id = 0;
  for (const entry of entries) {
    for (const alt of entry.p.split('|')) {
      if (alt.trim() === '') continue;
      const c: Compiled<T> = { id: id++, phrase: parsePhrase(alt), entry };
      const first = c.phrase.slots[0]!;
      const second = pairable(c.phrase);
      if (second) {
        for (const w of first.words) {
          for (const w2 of second.words) push2(lex.pairExact, w, w2, c);
          for (const p of second.prefixes) push2(lex.pairPrefix3, w, p.slice(0, 3), c);
        }
        continue;
      }
      for (const w of first.words) push(lex.exact, w, c);
      if (first.num) lex.numeric.push(c);
      let isLoose = false;
      for (const p of first.prefixes) {
        if (p.length >= 3) push(lex.byPrefix3, p.slice(0, 3), c);
        else isLoose = true;
      }
      if (isLoose) lex.loose.push(c);
    }
  }
  lex.seen = new Uint32Array(id);
  return lex;
}

/** Every match of every phrase in `tokens`, in token order (one hit per phrase and start). */
export function findHits<T>(lex: Lexicon<T>, tokens: readonly Token[]): Hit<T>[] {
  const hits: Found<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = hits.length;
    lex.step = (lex.step + 1) >>> 0 || 1;
    tryPhrases(lex, lex.exact.get(t.norm), tokens, i, hits);
    if (t.key3.length === 3) tryPhrases(lex, lex.byPrefix3.get(t.key3), tokens, i, hits);
    if (lex.loose.length > 0) tryPhrases(lex, lex.loose, tokens, i, hits);
    const c = t.norm.charCodeAt(0);
    if (c >= 48 && c <= 57) tryPhrases(lex, lex.numeric, tokens, i, hits);
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence) {
      tryPhrases(lex, lex.pairExact.get(t.norm)?.get(next.norm), tokens, i, hits);
      if (next.key3.length === 3)
        tryPhrases(lex, lex.pairPrefix3.get(t.norm)?.get(next.key3), tokens, i, hits);
    }
    if (hits.length - before > 1) sortFrom(hits, before);
  }
  return hits;
}

/** A hit and its phrase's place in the lexicon (hits at one start are listed in lexicon order). */
interface Found<T> extends Hit<T> {
  id: number;
}

/** Insertion sort of the (usually one or two) hits found at one start, by lexicon order. */
function sortFrom<T>(hits: Found<T>[], from: number): void {
  for (let i = from + 1; i < hits.length; i++) {
    const h = hits[i]!;
    let j = i - 1;
    while (j >= from && hits[j]!.id > h.id) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = h;
  }
}

function tryPhrases<T>(
  lex: Lexicon<T>,
  list: readonly Compiled<T>[] | undefined,
  tokens: readonly Token[],
  i: number,
  hits: Found<T>[],
): void {
  if (!list) return;
  for (const c of list) {
    if (lex.seen[c.id] === lex.step) continue;
    lex.seen[c.id] = lex.step;
    const to = matchPhraseAt(tokens, i, c.phrase);
    if (to > i) hits.push({ entry: c.entry, from: i, to, id: c.id });
  }
}
