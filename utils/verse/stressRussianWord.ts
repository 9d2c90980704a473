import { countRuVowels, ruVowelOffsets } from './letters';
import type { StressLexicon } from './stressLexicon';
import { CLITICS, ruleStress } from './stressRules';

export type StressSource = 'marked' | 'mono' | 'lexicon' | 'yo' | 'learned' | 'rule' | 'default' | 'none';

/** A possible stress of a word, weighted by how much to believe it (1 = the main reading). */
export interface StressReading {
  vowel: number;
  weight: number;
}

export interface WordStress {
  syllables: number;
  /** 0-based vowel index of the stress, null for a word without vowels. */
  stress: number | null;
  /** Other plausible stresses (homographs, mobile stress, uncertain guesses), tried for rhymes. */
  alternatives: StressReading[];
  /** Usually unstressed in a line (clitic): its syllables do not count as metrical stresses. */
  weak: boolean;
  source: StressSource;
  /** The spelling to pronounce: the lexicon restores ё that the writer left out ("полет"). */
  spoken: string;
  /** The stressed letter is an е the writer may have meant as ё (unknown word). */
  maybeYo: boolean;
}

/** Second reading of a homograph in the lexicon (ру́ки / руки́). */
const HOMOGRAPH = 0.95;
/** A reading the lexicon never saw, which mobile stress makes possible (се́рдца / сердца́). */
const UNSEEN = 0.75;
/** The other late readings of a guessed word (a flat weight beat probability-scaled ones). */
const GUESSED = 0.85;

// The other late vowels (the last three) of a word, as readings of the given weight.
function lateVowels(syllables: number, except: readonly number[], weight: number): StressReading[] {
  const out: StressReading[] = [];
  for (let v = syllables - 1; v >= Math.max(0, syllables - 3); v--) {
    if (!except.includes(v)) out.push({ vowel: v, weight });
  }
  return out;
}

// Texts often drop the dots of ё. A stressed е may be ё in an unknown word, and after ж ш ч щ
// even in a known one ("шел", "жены", "пришел" are usually written so).
function mayBeYo(word: string, at: number, unknown: boolean): boolean {
  if (word[at] !== 'е') return false;
  return unknown || 'жшчщ'.includes(word[at - 1] ?? '-');
}

// Results are built by one function with a fixed shape: object spread is very slow in V8 here.
function result(
  syllables: number,
  stress: number | null,
  alternatives: StressReading[],
  weak: boolean,
  source: StressSource,
  spoken: string,
  maybeYo: boolean,
): WordStress {
  return { syllables, stress, alternatives, weak, source, spoken, maybeYo };
}

const NONE: StressReading[] = [];

/**
 * Stress of one Russian word: the writer's own mark, then the lexicon, then ё, then the suffix
 * model learned from the lexicon, then hand rules. Pass `lexicon: null` for the rules-only baseline.
 */
export function stressRussianWord(word: string, lexicon: StressLexicon | null, marked?: number): WordStress {
  const syllables = countRuVowels(word);
  if (syllables === 0) return result(0, null, NONE, true, 'none', word, false);
  const weak = lexicon ? lexicon.isWeak(word) || (syllables === 1 && CLITICS.has(word)) : CLITICS.has(word);
  if (marked !== undefined && marked < syllables)
    return result(syllables, marked, NONE, false, 'marked', word, false);
  const spoken = lexicon?.spellingWithYo(word) ?? word;
  const known = lexicon?.lookup(word);
  if (syllables === 1) {
    const maybeYo = spoken === word && mayBeYo(word, word.indexOf('е'), !known);
    return result(1, 0, NONE, weak, 'mono', spoken, maybeYo);
  }
  if (known && known.length > 0) {
    const alternatives = known.slice(1).map((vowel) => ({ vowel, weight: HOMOGRAPH }));
    for (const r of lateVowels(syllables, known, UNSEEN)) alternatives.push(r);
    const stress = known[0] ?? 0;
    const maybeYo = spoken === word && mayBeYo(word, ruVowelOffsets(word)[stress] ?? -1, false);
    return result(syllables, stress, alternatives, weak, 'lexicon', spoken, maybeYo);
  }
  const rule = ruleStress(word);
  if (rule.source === 'yo') return result(syllables, rule.stress, NONE, weak, 'yo', word, false);
  const learned = lexicon?.guess(word);
  const stress = learned ?? rule.stress;
  const at = ruVowelOffsets(word)[stress];
  const maybeYo = at !== undefined && mayBeYo(word, at, true);
  // A guess may be wrong: the other late vowels stay possible for rhyme matching.
  const alternatives = lateVowels(syllables, [stress], GUESSED);
  return result(
    syllables,
    stress,
    alternatives,
    weak,
    learned !== undefined ? 'learned' : rule.source,
    word,
    maybeYo,
  );
}
