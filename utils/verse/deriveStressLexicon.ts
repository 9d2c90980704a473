import { COMBINING_ACUTE, countRuVowels, isRuVowel } from './letters';

// Letters, or stress marks (combining characters) after them.
const WORD = /(?:[а-яё]|\u0300|\u0301)+/g;

interface Tally {
  /** The spelling with ё when most occurrences had it: texts often write "полет" for "полёт". */
  spelling: string;
  /** Occurrences spelled with ё minus those spelled with е ("лет" vs the rare "лёт"). */
  yoBalance: number;
  unstressed: number;
  byVowel: Map<number, number>;
}

function tallyWord(tallies: Map<string, Tally>, marked: string): void {
  let form = '';
  let vowels = 0;
  let stress: number | undefined;
  for (const ch of marked) {
    if (ch === COMBINING_ACUTE) {
      if (vowels > 0 && stress === undefined) stress = vowels - 1;
      continue;
    }
    if (ch === '\u0300') continue;
    if (isRuVowel(ch)) vowels++;
    form += ch;
  }
  if (vowels === 0) return;
  const key = form.replace(/ё/g, 'е');
  let t = tallies.get(key);
  if (!t) {
    t = { spelling: key, yoBalance: 0, unstressed: 0, byVowel: new Map() };
    tallies.set(key, t);
  }
  if (form !== key) {
    t.yoBalance++;
    if (t.yoBalance >= 0) t.spelling = form;
  } else if (--t.yoBalance < 0) t.spelling = key;
  if (stress === undefined) t.unstressed++;
  else t.byVowel.set(stress, (t.byVowel.get(stress) ?? 0) + 1);
}

function encode(t: Tally): string | null {
  const form = t.spelling;
  const readings = [...t.byVowel.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const stressed = readings.reduce((s, [, c]) => s + c, 0);
  const top = readings[0]?.[1] ?? 0;
  // Keep a second reading only when it is common (homographs such as ру́ки / руки́), not a typo.
  const kept = readings.filter(([, c], i) => i === 0 || (c >= 2 && c >= top * 0.25)).map(([v]) => v + 1);
  const weak = t.unstressed > stressed;
  // Stressed one-vowel words are listed only when spelled with е/ё, to tell "нет" from "нёс".
  if (countRuVowels(form) === 1) return weak ? `${form}0` : /[её]/.test(form) ? `${form}1` : null;
  if (kept.length === 0) return weak ? `${form}0` : null;
  return `${form}${weak ? '0,' : ''}${kept.join(',')}`;
}

/**
 * Builds the compact entry list of a stress lexicon (see `parseStressLexicon`) from RIFMA
 * accentuation markup: primary stress is U+0301 after the vowel, secondary stress (U+0300) is
 * ignored; a word mostly seen with ё keeps its ё. One-vowel words are stored only when they are usually unstressed or have е/ё.
 */
export function deriveStressLexicon(markups: Iterable<string>): string {
  const tallies = new Map<string, Tally>();
  for (const text of markups) {
    for (const word of text.toLowerCase().match(WORD) ?? []) tallyWord(tallies, word);
  }
  const entries: string[] = [];
  for (const key of [...tallies.keys()].sort()) {
    const t = tallies.get(key);
    const encoded = t ? encode(t) : null;
    if (encoded) entries.push(encoded);
  }
  return entries.join(' ');
}

/** Entry lists merged word by word; `override` wins (hand-checked words over corpus counts). */
export function mergeLexiconEntries(base: string, override: string): string {
  const byWord = new Map<string, string>();
  for (const list of [base, override]) {
    for (const entry of list.split(' ')) {
      const word = /^[^\d,]+/.exec(entry)?.[0];
      if (word) byWord.set(word.replace(/ё/g, 'е'), entry);
    }
  }
  return [...byWord.keys()]
    .sort()
    .map((k) => byWord.get(k))
    .join(' ');
}
