import { countRuVowels, ruVowelOffsets } from './letters';

/** What a stress lexicon file holds (`lexicon.ru.json`, written by scripts/verse/build-lexicon.ts). */
export interface StressLexiconFile {
  /** Attribution of the data the lexicon was derived from (RIFMA, MIT licence). */
  source: string;
  licence: string;
  generator: string;
  /** Which RIFMA stanzas went in, e.g. "all" or "train (index % 5 != 0)". */
  split: string;
  format: string;
  /** Space-separated `word` + stress codes, see {@link parseStressLexicon}. */
  entries: string;
}

/** Word → stress, plus a suffix model learned from the same words for unknown words. */
export interface StressLexicon {
  readonly size: number;
  /** 0-based vowel indices, most frequent first; empty when the word is usually unstressed. */
  lookup(word: string): readonly number[] | undefined;
  /** The word's spelling with ё when it has one ("полет" → "полёт"), else undefined. */
  spellingWithYo(word: string): string | undefined;
  /** True when the word is usually unstressed in verse (clitics such as "и", "на", "или"). */
  isWeak(word: string): boolean;
  /**
   * Likeliest stress (vowel index) of an unknown word: from a known form with the same stem, else
   * from the stresses of known words with the same endings.
   */
  guess(word: string): number | undefined;
}

const MAX_SUFFIX = 7;
// Stress positions are counted from the end of the word: 1 = last vowel, up to 4.
const POSITIONS = 4;
const MIN_COUNT_FULL_WEIGHT = 3;
const MIN_STEM = 4;
const MAX_ENDING = 3;

function buildSuffixModel(words: Map<string, readonly number[]>): Map<string, Uint16Array> {
  const model = new Map<string, Uint16Array>();
  for (const [word, stresses] of words) {
    const first = stresses[0];
    if (first === undefined) continue;
    const vowels = countRuVowels(word);
    if (vowels < 2) continue;
    const fromEnd = Math.min(vowels - first, POSITIONS);
    const maxLen = Math.min(MAX_SUFFIX, word.length - 1);
    for (let len = 1; len <= maxLen; len++) {
      const key = word.slice(word.length - len);
      let counts = model.get(key);
      if (!counts) {
        counts = new Uint16Array(POSITIONS);
        model.set(key, counts);
      }
      const slot = fromEnd - 1;
      counts[slot] = Math.min(65535, (counts[slot] ?? 0) + 1);
    }
  }
  return model;
}

// Suffix model: a vote over all known suffixes of the word, longer suffixes weigh more (L²) and
// rare ones less. Measured on held-out RIFMA words this beats "longest suffix wins".
function guessFromSuffixes(
  model: Map<string, Uint16Array>,
  word: string,
  vowels: number,
): number | undefined {
  const votes = [0, 0, 0, 0];
  const reachable = Math.min(POSITIONS, vowels);
  for (let len = Math.min(MAX_SUFFIX, word.length - 1); len >= 1; len--) {
    const counts = model.get(word.slice(word.length - len));
    if (!counts) continue;
    let total = 0;
    for (let p = 0; p < reachable; p++) total += counts[p] ?? 0;
    if (total === 0) continue;
    const weight = (len * len * Math.min(1, total / MIN_COUNT_FULL_WEIGHT)) / total;
    for (let p = 0; p < reachable; p++) votes[p] = (votes[p] ?? 0) + (counts[p] ?? 0) * weight;
  }
  let best = -1;
  for (let p = 0; p < reachable; p++) {
    if ((votes[p] ?? 0) > 0 && (best < 0 || (votes[p] ?? 0) > (votes[best] ?? 0))) best = p;
  }
  return best < 0 ? undefined : vowels - (best + 1);
}

// Inflected forms share the stem of a known form: "заблудился" takes the stress of "заблудиться"
// when the stressed vowel lies inside the shared prefix and only a short ending differs.
function guessFromNeighbours(
  sorted: readonly string[],
  words: Map<string, readonly number[]>,
  word: string,
): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  let bestLen = 0;
  let best: number | undefined;
  for (let j = lo - 2; j <= lo + 1; j++) {
    const other = sorted[j];
    if (other === undefined) continue;
    let len = 0;
    while (len < other.length && len < word.length && other[len] === word[len]) len++;
    const stress = words.get(other)?.[0];
    if (stress === undefined || len < MIN_STEM || len < word.length - MAX_ENDING || len <= bestLen) continue;
    const offsets = ruVowelOffsets(other);
    if ((offsets[stress] ?? Number.POSITIVE_INFINITY) < len) {
      bestLen = len;
      best = stress;
    }
  }
  return best;
}

function withoutYo(word: string): string {
  return word.includes('ё') ? word.replace(/ё/g, 'е') : word;
}

/**
 * Parses the compact entry list: each entry is a lowercase word followed by comma-separated stress
 * codes — `1`..`n` is the 1-based stressed vowel (most frequent reading first), `0` marks a word
 * that is usually unstressed in verse. Example: `дома1,2 или0,1 и0`.
 */
export function parseStressLexicon(file: Pick<StressLexiconFile, 'entries'>): StressLexicon {
  // Keys are spelled with е: "полет" and "полёт" are one word, and the ё-spelling is kept aside.
  const words = new Map<string, readonly number[]>();
  const yo = new Map<string, string>();
  const weak = new Set<string>();
  for (const entry of file.entries.split(' ')) {
    const m = /^([^\d,]+)([\d,]+)$/.exec(entry);
    if (!m?.[1] || !m[2]) continue;
    const key = m[1].replace(/ё/g, 'е');
    if (key !== m[1]) yo.set(key, m[1]);
    const stresses: number[] = [];
    for (const code of m[2].split(',')) {
      const n = Number(code);
      if (n === 0) weak.add(key);
      else if (Number.isInteger(n)) stresses.push(n - 1);
    }
    words.set(key, stresses);
  }
  const model = buildSuffixModel(words);
  const sorted = [...words.keys()].sort();
  return {
    size: words.size,
    lookup: (word) => words.get(withoutYo(word)),
    spellingWithYo: (word) => yo.get(withoutYo(word)),
    isWeak: (word) => weak.has(withoutYo(word)),
    guess: (word) => {
      const vowels = countRuVowels(word);
      if (vowels < 2) return undefined;
      const stem = guessFromNeighbours(sorted, words, word);
      return stem !== undefined && stem < vowels ? stem : guessFromSuffixes(model, word, vowels);
    },
  };
}
