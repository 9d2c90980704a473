import { stemRussian } from '../subscriber/stemRussian';

const EN_ENDINGS = ['ingly', 'edly', 'ing', 'ies', 'ed', 'es', 'ly', 's'];

/** Lower-cased, `ё` → `е`; Russian words by the Snowball stemmer, English by a few common endings. */
export function stemWord(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (/[а-я]/.test(w)) return stemRussian(w);
  for (const ending of EN_ENDINGS) {
    if (w.length - ending.length >= 3 && w.endsWith(ending)) return w.slice(0, -ending.length);
  }
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Stems of the words of a text, without very short words. */
export function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    if (m[0].length >= 3) out.push(stemWord(m[0]));
  }
  return out;
}
