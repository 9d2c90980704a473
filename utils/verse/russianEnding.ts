import type { Ending } from './ending';
import { isIotated, isRuVowel } from './letters';

const STRESSED_CLASS: Record<string, string> = {
  а: 'A',
  я: 'A',
  о: 'O',
  ё: 'O',
  у: 'U',
  ю: 'U',
  э: 'E',
  е: 'E',
  и: 'I',
  ы: 'I',
};
// After the stress Russian vowels reduce: о/а/я sound alike, and е/и/э/ы do too.
const UNSTRESSED_CLASS: Record<string, string> = {
  а: 'a',
  о: 'a',
  я: 'a',
  ё: 'a',
  е: 'i',
  э: 'i',
  и: 'i',
  ы: 'i',
  у: 'u',
  ю: 'u',
};
const UNSTRESSED_VOWEL = new Set('aiu');
const DEVOICE: Record<string, string> = { б: 'п', в: 'ф', г: 'к', д: 'т', ж: 'ш', з: 'с' };
const VOICE: Record<string, string> = { п: 'б', ф: 'в', к: 'г', т: 'д', ш: 'ж', с: 'з' };
const VOICELESS = new Set('пфктшсхцчщ');
const VOICED_OBSTRUENT = new Set('бгджз');

const GENITIVE = /[оеё]го$/;
// Words where г in -ого is part of the root and is pronounced as г.
const ROOT_OGO = new Set([
  'много',
  'немного',
  'строго',
  'убого',
  'дорого',
  'недорого',
  'отлого',
  'полого',
  'ого',
  'итого',
]);

// Spelling clusters pronounced otherwise; these decide rhymes such as "сердце / дверце".
const CLUSTERS: [RegExp, string][] = [
  [/ться|тся/g, 'ца'],
  [/[сз]ч|щ/g, 'щ'],
  [/стн/g, 'сн'],
  [/здн/g, 'зн'],
  [/вств/g, 'ств'],
  [/лнц/g, 'нц'],
  [/рдц/g, 'рц'],
  [/[тд]ц/g, 'ц'],
  [/[тд]с(?=[^ая])/g, 'ц'],
  // A final т after с is hardly pronounced: "мест / лес", "мост / нос".
  [/ст$/g, 'с'],
];

function transcribeTail(letters: string): string {
  let text = letters;
  for (const [re, to] of CLUSTERS) text = text.replace(re, to);
  const sounds: string[] = [];
  // The stressed vowel precedes the tail, so an iotated vowel right at the start has its /j/.
  let prev: 'vowel' | 'sign' | 'consonant' = 'vowel';
  for (const ch of text) {
    if (ch === 'ь' || ch === 'ъ') {
      prev = 'sign';
      continue;
    }
    if (isRuVowel(ch)) {
      if (isIotated(ch) && prev !== 'consonant') sounds.push('j');
      sounds.push(UNSTRESSED_CLASS[ch] ?? 'a');
      prev = 'vowel';
      continue;
    }
    sounds.push(ch === 'й' ? 'j' : ch);
    prev = 'consonant';
  }
  // Voicing assimilates right to left; a word-final obstruent is voiceless.
  for (let i = sounds.length - 1; i >= 0; i--) {
    const s = sounds[i] ?? '';
    const next = sounds[i + 1];
    if (next === undefined || VOICELESS.has(next)) sounds[i] = DEVOICE[s] ?? s;
    else if (VOICED_OBSTRUENT.has(next)) sounds[i] = VOICE[s] ?? s;
  }
  // Double consonants are one sound: "пленный" ends like "ценный".
  return sounds.filter((s, i) => s !== sounds[i - 1] || UNSTRESSED_VOWEL.has(s)).join('');
}

function supportOf(letters: string, at: number): string {
  const vowel = letters[at];
  const before = letters[at - 1];
  if (before === undefined || isRuVowel(before)) return isIotated(vowel) ? 'j' : '';
  if (before === 'ь' || before === 'ъ') return isIotated(vowel) ? 'j' : (letters[at - 2] ?? '');
  return before === 'й' ? 'j' : before;
}

/**
 * Ending of a Russian phrase (last word plus enclitics, no spaces) stressed at character offset
 * `at`, which must be a vowel.
 */
export function russianEnding(letters: string, at: number, word: string, maybeYo = false): Ending {
  // The genitive ending -ого/-его is said "-ово": "снова / прожитого", "того / его".
  const spoken = GENITIVE.test(letters) && !ROOT_OGO.has(letters) ? `${letters.slice(0, -2)}во` : letters;
  const tail = transcribeTail(spoken.slice(at + 1));
  let post = 0;
  for (const ch of tail) if (ch === 'a' || ch === 'i' || ch === 'u') post++;
  const ending: Ending = {
    lang: 'ru',
    vowel: STRESSED_CLASS[letters[at] ?? ''] ?? '?',
    tail,
    support: supportOf(spoken, at),
    post,
    word,
  };
  if (maybeYo) ending.maybeYo = true;
  return ending;
}
