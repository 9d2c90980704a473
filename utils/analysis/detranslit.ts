/**
 * Russian typed in Latin letters ("pomogite zabludilis v lesu") back into Cyrillic, so that the
 * crisis reader sees the words it knows. People write so from a phone without a Russian keyboard,
 * abroad, or in a hurry. Text with any Cyrillic letter, and text that reads as English (enough
 * English function words), is returned unchanged.
 */
export function detranslit(text: string): string {
  return isTranslit(text) ? detranslitWords(text).text : text;
}

/**
 * Whether `text` is Russian written in Latin letters: more words that only Russian spells so
 * ("zh", "kh", "ya", "-ogo", "chto") than words that only English does ("the", "-ing", "th", "w"),
 * and at least two of them.
 */
export function isTranslit(text: string): boolean {
  if (CYRILLIC.test(text)) return false;
  const words = text.toLowerCase().match(LATIN_WORD);
  if (!words || words.length < 3) return false;
  let russian = 0;
  let english = 0;
  for (const w of words) {
    if (ENGLISH.has(w) || ENGLISH_SPELLING.test(w)) english++;
    else if (RUSSIAN.has(w) || RUSSIAN_SPELLING.test(w)) russian++;
  }
  return russian >= 2 && russian > english * 2;
}

/**
 * `detranslit` word by word, with where each word came from, so that what is found in the
 * Cyrillic text can be shown on the text as written.
 */
export function detranslitWords(text: string): {
  text: string;
  words: { from: [number, number]; to: [number, number] }[];
} {
  const words: { from: [number, number]; to: [number, number] }[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LATIN_WORD)) {
    out += text.slice(last, m.index).toLowerCase();
    const cyr = toCyrillic(m[0].toLowerCase());
    words.push({ from: [m.index, m.index + m[0].length], to: [out.length, out.length + cyr.length] });
    out += cyr;
    last = m.index + m[0].length;
  }
  return { text: out + text.slice(last).toLowerCase(), words };
}

const CYRILLIC = /[а-яё]/i;
const LATIN_WORD = /[a-z']+/g;
// Spellings English has and transliterated Russian does not: "th", "w", "-ing", "-ed", "ee",
// "oo", "ou", "ea", an apostrophe ("i'm", "don't"), "-ly", "-tion", a final "e" after a consonant
// pair is left out (Russian "-te": "pomogite" has it too).
const ENGLISH_SPELLING = /th|w|ing$|ed$|tion|ee|oo|ou|ea|'|ly$|ck|ph|qu|x/;
// Spellings of transliterated Russian: "zh", "kh", "shch", "ya", "yu", "yo", "ts", endings "-iy",
// "-yy", "-ogo", "-ego", "-aya", "-oy", "-ie", "-at'", "-it'", "-sya".
const RUSSIAN_SPELLING =
  /zh|kh|shch|sch|ya|yu|yo|ts|iy$|yy$|ogo$|ego$|aya$|oy$|ie$|sya$|tsya$|at'$|it'$|^ne$|^na$|^po$/;
// Short Russian words that carry no telling spelling.
const RUSSIAN = new Set(
  'v s k u ne na po za iz ot do my vy on ona oni eto chto kak gde kogda ochen net da uzhe esli mne menya nas nam pomogite srochno pozhaluysta'.split(
    ' ',
  ),
);
// Frequent English words ("i", "a", "no", "do", "my", "to", "on" are left out: they are also
// "и", "а", "но", "до", "мы", "то", "он").
const ENGLISH = new Set(
  'the an and or but of in at for with is are was were be been you he she it we they your his her our their me him us them this that what how can please help not have has had just now here there from by about if so will would could should am im its dont cant get got out up sos sim app pls lol'.split(
    ' ',
  ),
);

// Longest first: "shch" before "sh", "ya" before "y".
const DIGRAPHS: [RegExp, string][] = [
  [/shch/g, 'щ'],
  [/sch/g, 'щ'],
  [/zh/g, 'ж'],
  [/kh/g, 'х'],
  [/ch/g, 'ч'],
  [/sh/g, 'ш'],
  [/tsya$/g, 'тся'],
  [/ts/g, 'ц'],
  [/yu/g, 'ю'],
  [/ya/g, 'я'],
  [/yo/g, 'ё'],
  [/ye/g, 'е'],
  [/iy$/g, 'ий'],
  [/yy$/g, 'ый'],
  [/([aeiou])y/g, '$1й'],
  [/y/g, 'ы'],
  [/'/g, 'ь'],
];
const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  w: 'в',
  x: 'кс',
  q: 'к',
};

/** One lower-case Latin word in Cyrillic letters. */
export function toCyrillic(word: string): string {
  let out = word;
  for (const [from, to] of DIGRAPHS) out = out.replace(from, to);
  return out.replace(/[a-z]/g, (c) => LETTERS[c] ?? c);
}
