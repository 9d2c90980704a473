// Latin brand names inside Russian text ("Tele2", "Signal") are read aloud the Russian way, so they
// scan and rhyme as Cyrillic. Digraphs first, then single letters; the result is approximate by design.
const DIGRAPHS: Record<string, string> = {
  sch: 'ш',
  sh: 'ш',
  ch: 'ч',
  zh: 'ж',
  kh: 'х',
  ts: 'ц',
  th: 'т',
  ph: 'ф',
  ck: 'к',
  qu: 'кв',
  ya: 'я',
  yu: 'ю',
  yo: 'ё',
  ye: 'е',
  ee: 'и',
  oo: 'у',
  ou: 'у',
  ea: 'и',
  ai: 'эй',
  ay: 'эй',
  oy: 'ой',
};
const SINGLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'дж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  z: 'з',
};
const LATIN_VOWELS = new Set('aeiouy');

/** Russian reading of a lowercase Latin word ("tele" → "теле", "signal" → "сигнал"). */
export function transliterate(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const three = word.slice(i, i + 3);
    const two = word.slice(i, i + 2);
    if (DIGRAPHS[three]) {
      out += DIGRAPHS[three];
      i += 3;
      continue;
    }
    if (DIGRAPHS[two]) {
      out += DIGRAPHS[two];
      i += 2;
      continue;
    }
    const ch = word[i] ?? '';
    const next = word[i + 1];
    if (ch === 'c') out += next === 'e' || next === 'i' || next === 'y' ? 'с' : 'к';
    else if (ch === 'y') {
      const prev = word[i - 1];
      // y is a consonant (й) next to a vowel, a vowel (и) between consonants.
      out += (prev && LATIN_VOWELS.has(prev)) || (next && LATIN_VOWELS.has(next)) ? 'й' : 'и';
    } else out += SINGLE[ch] ?? '';
    i += 1;
  }
  return out;
}

const RU_LETTER_NAMES: Record<string, string> = {
  б: 'бэ',
  в: 'вэ',
  г: 'гэ',
  д: 'дэ',
  ж: 'жэ',
  з: 'зэ',
  й: 'й',
  к: 'ка',
  л: 'эл',
  м: 'эм',
  н: 'эн',
  п: 'пэ',
  р: 'эр',
  с: 'эс',
  т: 'тэ',
  ф: 'эф',
  х: 'ха',
  ц: 'цэ',
  ч: 'че',
  ш: 'ша',
  щ: 'ща',
};
const LATIN_LETTER_NAMES: Record<string, string> = {
  b: 'би',
  c: 'си',
  d: 'ди',
  f: 'эф',
  g: 'джи',
  h: 'эйч',
  j: 'джей',
  k: 'кей',
  l: 'эл',
  m: 'эм',
  n: 'эн',
  p: 'пи',
  q: 'кью',
  r: 'ар',
  s: 'эс',
  t: 'ти',
  v: 'ви',
  w: 'дабл',
  x: 'экс',
  z: 'зет',
};

/**
 * Letter-by-letter reading of a vowelless acronym ("МТС" → эм тэ эс, "SMS" → эс эм эс), which is how
 * such names are pronounced and therefore rhymed ("СМС" rhymes with "лес"). Returns null when the
 * token has a vowel and is read as a word.
 */
export function spellAcronym(token: string): string[] | null {
  const lower = token.toLowerCase();
  const names: string[] = [];
  for (const ch of lower) {
    const name = RU_LETTER_NAMES[ch] ?? LATIN_LETTER_NAMES[ch];
    if (!name) return null;
    names.push(name);
  }
  return names;
}
