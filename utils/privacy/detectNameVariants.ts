import { CAPITALISED, isLetter, LETTER } from './letters';
import { FIRST_NAMES, NOT_NAMES, WORD_NAMES } from './nameLexicon';
import { LATIN_SURNAME, SURNAME } from './nameWords';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

export const NAME_VARIANT_PRIORITY = 2;

// "David A. Miller", "Emily R. Carter-Hughes": an English first name, a middle initial, a surname.
const MIDDLE_INITIAL = new RegExp(`([A-Z][a-z]+) [A-Z]\\. ${CAPITALISED}(?![${LETTER}])`, 'g');
// "MARINA LI", "IVAN PETROV": the holder's name as embossed on a card, in capitals.
const CAPITALS = /[A-ZА-ЯЁ]{2,}(?: [A-ZА-ЯЁ]{2,}){1,2}/g;
// "Нестеренко-Калинина", "Петров-Водкин": a double surname, each half shaped like a surname.
const DOUBLE_SURNAME = /[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+/g;

const plainFirst = (lower: string) => FIRST_NAMES.has(lower) && !WORD_NAMES.has(lower);

function push(out: PiiCandidate[], text: string, start: number, end: number): void {
  const key = normalizeName(text.slice(start, end));
  out.push({ type: 'NAME', start, end, key, priority: NAME_VARIANT_PRIORITY });
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (isLetter(text.charAt(m.index - 1)) || isLetter(text.charAt(m.index + m[0].length))) continue;
    yield m;
  }
}

/**
 * Name shapes the word-by-word rules do not see: an English name with a middle initial, a
 * name in capitals (the first word a known first name, or a Latin one with a known first name
 * or a surname ending anywhere, none a brand or greeting word), and a double surname written alone, both halves shaped like surnames (a street named
 * so, "на Римского-Корсакова, дом 11", yields to the street rule).
 */
export function detectNameVariants(text: string, out: PiiCandidate[]): void {
  for (const m of matches(MIDDLE_INITIAL, text)) {
    if (plainFirst((m[1] ?? '').toLowerCase())) push(out, text, m.index, m.index + m[0].length);
  }
  for (const m of matches(CAPITALS, text)) {
    const words = m[0].toLowerCase().split(' ');
    const named = plainFirst(words[0] ?? '') || (words.some(plainFirst) && /^[A-Z ]+$/.test(m[0]));
    const surnamed = words.some((w) => LATIN_SURNAME.test(w));
    if (!(named || surnamed) || words.some((w) => NOT_NAMES.has(w))) continue;
    push(out, text, m.index, m.index + m[0].length);
  }
  for (const m of matches(DOUBLE_SURNAME, text)) {
    const [a = '', b = ''] = m[0].toLowerCase().split('-');
    if (SURNAME.test(a) && SURNAME.test(b)) push(out, text, m.index, m.index + m[0].length);
  }
}
