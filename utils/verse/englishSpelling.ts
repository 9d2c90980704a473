import type { EnglishWord } from './englishWord';

const VOWEL_GROUP = /[aeiouy]+/g;
const UNSTRESSED_PREFIX = /^(?:a|be|de|re|ex|con|com|pre|un|in|dis|mis|for|per|sur|to)(?=[^aeiouy])/;
const SUFFIX_BEFORE = /(?:tion|sion|ic|ity|ical|ian)$/;
// Endings that make a syllable of their own after the stress: "sing-ing", "bet-ter", "hap-py".
const FEMININE = /[^aeiouy](?:er|ing|y|le|tion|sion|ness|ful|less|en)$/;
const CODA_SOUNDS: [RegExp, string][] = [
  [/ght/g, 't'],
  [/gh/g, ''],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/th/g, 'θ'],
  [/sh/g, 'š'],
  [/tch|ch/g, 'č'],
  [/ng/g, 'ŋ'],
  [/c/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/(.)\1/g, '$1'],
];

function groups(word: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  for (const m of word.matchAll(VOWEL_GROUP)) out.push({ text: m[0], at: m.index ?? 0 });
  // A leading y before a vowel is a consonant; a silent final e is no syllable ("time", "rhyme").
  if (out.length > 1) {
    const last = out[out.length - 1];
    if (last && last.text === 'e' && last.at === word.length - 1 && !/[^aeiouy]le$/.test(word)) out.pop();
    else if (last && last.text === 'es' && /[^aeiouy][^aeiouyszxhc]es$/.test(word)) out.pop();
    else if (last && last.text === 'e' && /[^aeiouytd]ed$/.test(word)) out.pop();
  }
  return out;
}

function sounds(letters: string): string {
  let s = letters;
  for (const [re, to] of CODA_SOUNDS) s = s.replace(re, to);
  return s.replace(/[aeiouy]+/g, 'ə');
}

// Spellings of one vowel sound, so that "day / they", "night / bite", "wood / could" match.
const SPELLING_SOUNDS: [RegExp, string][] = [
  [/ould$/, 'ood'],
  [/ight$/, 'ite'],
  [/igh$/, 'y'],
  [/(?:ey|eigh)$/, 'ay'],
  [/ai([^aeiouy]+)$/, 'a$1e'],
  [/ee([^aeiouy]+)$/, 'e$1e'],
  [/ea(d|th|ther)$/, 'e$1'],
  [/(?:ea|ee)$/, 'ee'],
];

/** English word analysed from its spelling alone, for when the CMU dictionary is not loaded. */
export function englishSpellingWord(word: string): EnglishWord {
  let letters = word.replace(/'/g, '');
  for (const [re, to] of SPELLING_SOUNDS) letters = letters.replace(re, to);
  const gs = groups(letters);
  const syllables = gs.length;
  if (syllables === 0) return { syllables: 0, pattern: [], stress: 0, ending: null };
  let stress = 0;
  if (syllables >= 2 && UNSTRESSED_PREFIX.test(letters)) stress = 1;
  if (syllables >= 3 && SUFFIX_BEFORE.test(letters)) stress = syllables - 2;
  const pattern = gs.map((_, i) => (syllables === 1 ? 1 : i === stress ? 2 : 0));
  const rhymeAt = syllables >= 2 && FEMININE.test(letters) ? syllables - 2 : syllables - 1;
  const g = gs[rhymeAt];
  if (!g) return { syllables, pattern, stress, ending: null };
  const rest = letters.slice(g.at + g.text.length);
  // Magic e lengthens the vowel: "time" ≠ "him", "rhyme" = "time".
  const magic = rhymeAt === syllables - 1 && /^[^aeiouy]e$/.test(rest) ? '_e' : '';
  const coda = magic ? rest.slice(0, -1) : rest;
  return {
    syllables,
    pattern,
    stress,
    ending: {
      lang: 'en',
      // A final stressed y is the vowel of "my", "why", "high" (spelled "hy" above).
      vowel: g.text === 'y' && rest === '' ? 'i_e' : g.text.replace(/y$/, 'i').replace(/^y/, 'i') + magic,
      tail: sounds(coda),
      support: sounds(letters.slice(Math.max(0, g.at - 1), g.at)).replace('ə', ''),
      post: syllables - 1 - rhymeAt,
      word,
    },
  };
}
