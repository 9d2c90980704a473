/** Russian vowel letters; one vowel letter is one syllable. */
export const RU_VOWELS = 'аеёиоуыэюя';
const RU_VOWEL_SET = new Set(RU_VOWELS);
/** Vowels that carry a preceding /j/ after a vowel, ь, ъ or at the start of a word. */
const IOTATED = new Set('еёюя');

export const COMBINING_ACUTE = '\u0301';
export const COMBINING_GRAVE = '\u0300';

export function isRuVowel(ch: string | undefined): boolean {
  return ch !== undefined && RU_VOWEL_SET.has(ch);
}

export function isIotated(ch: string | undefined): boolean {
  return ch !== undefined && IOTATED.has(ch);
}

/** Number of vowel letters = number of syllables of a Russian word. */
export function countRuVowels(word: string): number {
  let n = 0;
  for (const ch of word) if (RU_VOWEL_SET.has(ch)) n++;
  return n;
}

/** Character offsets of the vowel letters of a word. */
export function ruVowelOffsets(word: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < word.length; i++) if (RU_VOWEL_SET.has(word[i] ?? '')) out.push(i);
  return out;
}
