// Letter classes for regexes. Explicit Latin and Cyrillic ranges instead of \p{L}: V8 runs
// Unicode property classes several times slower, and the redactor has a 1 ms budget for 2 KB.
// "А-я" spans the whole basic Cyrillic alphabet; "ё"/"Ё" sit outside it.

/**
 * Latin letters with diacritics, from Latin-1, Latin Extended-A and -B and Latin Extended
 * Additional: customers' and relatives' names are Turkish, German, Polish, Romanian, Vietnamese
 * ("Ayşe", "Yılmaz", "Schäfer", "Łukasz", "Nguyễn"). The extended blocks alternate upper and
 * lower case letter by letter; listing each would make the classes dozens of ranges and the
 * name regexes three times slower, so the whole blocks count as both.
 */
const EXTENDED = 'Ā-ɏḀ-ỿ';
const ACCENTED_UPPER = `À-ÖØ-Þ${EXTENDED}`;
const ACCENTED_LOWER = `ß-öø-ÿ${EXTENDED}`;

export const LETTER = `A-Za-zА-яЁёÀ-ÖØ-öø-ÿ${EXTENDED}`;
export const UPPER = `A-ZА-ЯЁ${ACCENTED_UPPER}`;
export const LOWER = `a-zа-яё${ACCENTED_LOWER}`;
/** A lower-cased word in Latin script, with or without diacritics ("ayşe", "öztürk"). */
export const LATIN_WORD = new RegExp(`^[a-z${ACCENTED_LOWER}]`);

/**
 * A capitalised word that may be a name: "Ольга", "Smith-Jones", and the inner capitals of
 * "McDonald", "MacLeod", "O'Brien", "DiCaprio", "LeBlanc". Only these prefixes may precede a
 * second capital: an arbitrary "PayPal" or "WhatsApp" is a brand, not a surname.
 */
export const CAPITALISED = `(?:Mc|Mac|Fitz|O['’]|D['’]|Di|De|Da|La|Le)?[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`;

const IS_LETTER = new RegExp(`[${LETTER}]`);

export function isLetter(ch: string): boolean {
  return ch.length > 0 && IS_LETTER.test(ch);
}
