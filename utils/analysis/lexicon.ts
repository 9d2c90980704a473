import { matchPhraseAt, type Phrase, parsePhrase } from './phrase';
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
 * A set of phrases indexed by their first word, so a message is scanned once and each token only
 * tries the handful of phrases that can start with it (the analysis must stay well under a
 * millisecond per message).
 */
export interface Lexicon<T> {
  exact: Map<string, Compiled<T>[]>;
  /** Prefix patterns keyed by their first three letters. */
  byPrefix3: Map<string, Compiled<T>[]>;
  /** Prefixes shorter than three letters and `#` slots: few, tried on every token. */
  loose: Compiled<T>[];
  /** Per phrase, the last scan step that tried it: dedupes without allocating a Set per token. */
  seen: Uint32Array;
  step: number;
}

function push<T>(map: Map<string, Compiled<T>[]>, key: string, c: Compiled<T>): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

export function compileLexicon<T extends LexiconEntry>(entries: readonly T[]): Lexicon<T> {
  const exact = new Map<string, Compiled<T>[]>();
  const byPrefix3 = new Map<string, Compiled<T>[]>();
  const loose: Compiled<T>[] = [];
  let id = 0;
  for (const entry of entries) {
    for (const alt of entry.p.split('|')) {
      if (alt.trim() === '') continue;
      const c: Compiled<T> = { id: id++, phrase: parsePhrase(alt), entry };
      const first = c.phrase.slots[0]!;
      for (const w of first.words) push(exact, w, c);
      let isLoose = first.num;
      for (const p of first.prefixes) {
        if (p.length >= 3) push(byPrefix3, p.slice(0, 3), c);
        else isLoose = true;
      }
      if (isLoose) loose.push(c);
    }
  }
  return { exact, byPrefix3, loose, seen: new Uint32Array(id), step: 0 };
}

/** Every match of every phrase in `tokens`, in token order (one hit per phrase and start). */
export function findHits<T>(lex: Lexicon<T>, tokens: readonly Token[]): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    lex.step = (lex.step + 1) >>> 0 || 1;
    tryPhrases(lex, lex.exact.get(t.norm), tokens, i, hits);
    if (t.key3.length === 3) tryPhrases(lex, lex.byPrefix3.get(t.key3), tokens, i, hits);
    if (lex.loose.length > 0) tryPhrases(lex, lex.loose, tokens, i, hits);
  }
  return hits;
}

function tryPhrases<T>(
  lex: Lexicon<T>,
  list: readonly Compiled<T>[] | undefined,
  tokens: readonly Token[],
  i: number,
  hits: Hit<T>[],
): void {
  if (!list) return;
  for (const c of list) {
    if (lex.seen[c.id] === lex.step) continue;
    lex.seen[c.id] = lex.step;
    const to = matchPhraseAt(tokens, i, c.phrase);
    if (to > i) hits.push({ entry: c.entry, from: i, to });
  }
}
