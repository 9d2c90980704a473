// Letter classes for regexes. Explicit Latin and Cyrillic ranges instead of \p{L}: V8 runs
// Unicode property classes several times slower, and the redactor has a 1 ms budget for 2 KB.
// "А-я" spans the whole basic Cyrillic alphabet; "ё"/"Ё" sit outside it.
export const LETTER = 'A-Za-zА-яЁё';
export const UPPER = 'A-ZА-ЯЁ';
export const LOWER = 'a-zа-яё';

const IS_LETTER = new RegExp(`[${LETTER}]`);

export function isLetter(ch: string): boolean {
  return ch.length > 0 && IS_LETTER.test(ch);
}
