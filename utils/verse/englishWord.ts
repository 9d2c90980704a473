import type { Ending } from './ending';
import type { EnglishDictionary } from './englishDictionary';
import { englishSpellingWord } from './englishSpelling';

export interface EnglishWord {
  syllables: number;
  /** Per syllable: 2 primary stress, 1 secondary or a one-syllable word, 0 unstressed. */
  pattern: number[];
  /** 0-based syllable of the primary stress. */
  stress: number;
  ending: Ending | null;
}

// One character per ARPAbet consonant, so endings compare with the same edit distance as Russian.
const CONSONANTS: Record<string, string> = {
  B: 'b',
  CH: 'č',
  D: 'd',
  DH: 'ð',
  F: 'f',
  G: 'g',
  HH: 'h',
  JH: 'ǰ',
  K: 'k',
  L: 'l',
  M: 'm',
  N: 'n',
  NG: 'ŋ',
  P: 'p',
  R: 'r',
  S: 's',
  SH: 'š',
  T: 't',
  TH: 'θ',
  V: 'v',
  W: 'w',
  Y: 'j',
  Z: 'z',
  ZH: 'ž',
};
// Unstressed English vowels blur towards schwa; keep three classes like Russian.
const UNSTRESSED: Record<string, string> = { IH: 'ɪ', IY: 'ɪ', UH: 'ʊ', UW: 'ʊ', ER: 'ər' };

function fromPhones(phones: string[], word: string): EnglishWord {
  const vowels: { at: number; level: number; base: string }[] = [];
  phones.forEach((p, at) => {
    const m = /^([A-Z]+)([012])$/.exec(p);
    if (m?.[1] && m[2]) vowels.push({ at, level: Number(m[2]), base: m[1] });
  });
  const syllables = vowels.length;
  if (syllables === 0) return { syllables: 0, pattern: [], stress: 0, ending: null };
  const pattern = vowels.map((v) => (syllables === 1 ? 1 : v.level === 1 ? 2 : v.level === 2 ? 1 : 0));
  let stress = vowels.findIndex((v) => v.level === 1);
  if (stress < 0) stress = 0;
  // The rhyme starts at the last primary (else secondary, else final) stressed vowel.
  let rhymeAt = -1;
  for (let i = vowels.length - 1; i >= 0 && rhymeAt < 0; i--) if (vowels[i]?.level === 1) rhymeAt = i;
  for (let i = vowels.length - 1; i >= 0 && rhymeAt < 0; i--) if (vowels[i]?.level === 2) rhymeAt = i;
  if (rhymeAt < 0) rhymeAt = vowels.length - 1;
  const v = vowels[rhymeAt];
  if (!v) return { syllables, pattern, stress, ending: null };
  let tail = '';
  for (const p of phones.slice(v.at + 1)) {
    const base = p.replace(/\d$/, '');
    tail += CONSONANTS[base] ?? UNSTRESSED[base] ?? 'ə';
  }
  const before = phones[v.at - 1];
  return {
    syllables,
    pattern,
    stress,
    ending: {
      lang: 'en',
      vowel: v.base,
      tail,
      support: before ? (CONSONANTS[before] ?? '') : '',
      post: syllables - 1 - rhymeAt,
      word,
    },
  };
}

/** Syllables, stress and rhyme of an English word: CMU dictionary when loaded, else spelling rules. */
export function englishWord(word: string, dictionary: EnglishDictionary | null): EnglishWord {
  const entry = dictionary?.[word] ?? (word.endsWith("'s") ? dictionary?.[word.slice(0, -2)] : undefined);
  if (entry) return fromPhones(entry.split(' '), word);
  return englishSpellingWord(word);
}
