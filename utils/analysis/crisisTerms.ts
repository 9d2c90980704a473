import { stemWord } from '../suggest/stemWord';
import type { CrisisCue } from './crisisFeatures';
import { isTranslit, toCyrillic } from './detranslit';

/** A word of a message as the crisis model sees it: its stem, where it was written. */
export interface CrisisWord {
  stem: string;
  start: number;
  end: number;
}

const WORD = /\p{L}+/gu;
const LATIN = /^[a-z]+$/;

/** The words of a message, stemmed (Russian by Snowball), Latin-typed Russian read as Cyrillic. */
export function crisisWords(text: string): CrisisWord[] {
  const known = recentWords.get(text);
  if (known) return known;
  const translit = isTranslit(text);
  // Lower-cased once for the whole text when that keeps every offset (it nearly always does).
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  const words: CrisisWord[] = [];
  for (const m of source.matchAll(WORD)) {
    let w = source === lower ? m[0] : m[0].toLowerCase();
    if (w.includes('ё')) w = w.replace(/ё/g, 'е');
    if (translit && LATIN.test(w)) w = toCyrillic(w);
    words.push({ stem: stemOf(w), start: m.index, end: m.index + m[0].length });
  }
  if (recentWords.size >= RECENT_LIMIT) recentWords.delete(recentWords.keys().next().value as string);
  recentWords.set(text, words);
  return words;
}

// The crisis and the emotion model read the same latest messages: remember their words. Shared:
// never mutate a returned list.
const recentWords = new Map<string, CrisisWord[]>();
const RECENT_LIMIT = 256;

// Chat words repeat: the Snowball stemmer is the costliest step of reading a new message.
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemWord(word);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * What the crisis model weighs: each stem, each pair of neighbouring stems ("без_денег"), and each
 * crisis concept the lexicons found and the guards kept (`F:lost`, `F:noMoney`). The concepts carry
 * the synonyms the lexicons know to words the model never saw; the stems carry what the lexicons
 * have no entry for.
 */
export function crisisTerms(words: readonly CrisisWord[], cues: readonly Pick<CrisisCue, 'f'>[]): string[] {
  const terms = new Set<string>();
  let previous: string | undefined;
  for (const { stem } of words) {
    terms.add(stem);
    if (previous !== undefined) terms.add(`${previous}_${stem}`);
    previous = stem;
  }
  for (const c of cues) terms.add(`F:${c.f}`);
  return [...terms];
}
