import { CAPITALISED, isLetter, LOWER, UPPER } from './letters';
import { FIRST_NAMES } from './nameLexicon';
import { KEEP, type PiiCandidate } from './piiTypes';

/** Place names outrank names found by cue or shape ("ул. Зои Космодемьянской"), not known names. */
export const STREET_PRIORITY = 2.5;

// Words that introduce a street, square or settlement, in any case ("Ул.", "УЛИЦА"). A one-letter
// abbreviation ("г.", "ш.") counts only in lower case: "Г. Г." are initials.
// Starts with the character before the word (or the text start), so most positions fail at once.
const PLACE =
  /(^|[^A-Za-zА-яЁё])(?:ул\.|ул(?=[ \u00a0])|улиц(?:а|е|у|ы|ей)|пр-к?т|просп\.|пр\.|проспект[а-яё]*|пер\.|переул[а-яё]*|б-р|бульвар[а-яё]*|пл\.|площад[а-яё]*|наб\.|набережн[а-яё]*|шоссе|ш\.|проезд[а-яё]*|тупик[а-яё]*|алле[яи]|мкр\.|микрорайон[а-яё]*|им\.|город[а-яё]*|г\.|пос\.|пос[её]л(?:ок|ка|ке)|пгт|деревн[а-яё]*|село|станци[а-яё]*|ст\.|метро)(?![а-яё])[ \u00a0]*/gi;
const CAPITAL_ABBREVIATION = new RegExp(`^[${UPPER}]\\.`);
// The place's name: capitalised words and initials ("А. С. Пушкина", "Розы Люксембург").
const PLACE_NAME = new RegExp(
  `(?:[${UPPER}]\\.[ \\u00a0]?|[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?(?: (?=[${UPPER}]))?){1,4}`,
  'y',
);

// A house number after a street written without its street word: ", д. 18А", " дом 5", or a bare
// ", 12" / ", 31/6" that ends the clause or is followed by "кв.", "корп.", "стр.".
const HOUSE =
  /(?:,[ \u00a0]*|[ \u00a0]+)(?:д\.|дом)[ \u00a0]*\d|,[ \u00a0]*\d{1,3}[а-яА-Я]?(?:\/\d{1,3})?(?=[ \u00a0]*(?:[,;]|\.(?!\d)|кв|корп|стр|\r?\n|$))/g;
// Up to three capitalised words ending where the house number starts.
const WORDS_BEFORE = new RegExp(`(?:${CAPITALISED} ){0,2}${CAPITALISED}$`);
const LOOK_BACK = 60;

/**
 * "Николая Островского, 12", "Веры Волошиной, д. 16": a street named after a person, written
 * without "ул.", is still a street when a house number follows. Streets carry the person's name
 * in the genitive, so a nominative first name ("Иван Петров, 12") keeps the words a name.
 */
function streetsBeforeHouses(text: string, out: PiiCandidate[]): void {
  HOUSE.lastIndex = 0;
  for (let m = HOUSE.exec(text); m; m = HOUSE.exec(text)) {
    const from = Math.max(0, m.index - LOOK_BACK);
    const words = WORDS_BEFORE.exec(text.slice(from, m.index));
    if (!words) continue;
    const start = from + words.index;
    if (isLetter(text.charAt(start - 1))) continue;
    if (words[0].split(' ').some((w) => FIRST_NAMES.has(w.toLowerCase()))) continue;
    out.push({ type: KEEP, start, end: m.index, key: '', priority: STREET_PRIORITY });
  }
}

/**
 * Place names after "ул.", "проспект", "площадь", "г."…: kept as they are, so a street named
 * after a person ("ул. Зои Космодемьянской", "улица Розы Люксембург") is not taken for a name.
 */
export function detectStreets(text: string, out: PiiCandidate[]): void {
  streetsBeforeHouses(text, out);
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m; m = PLACE.exec(text)) {
    const lead = (m[1] ?? '').length;
    const start = m.index + m[0].length;
    PLACE_NAME.lastIndex = start;
    const name = CAPITAL_ABBREVIATION.test(m[0].slice(lead)) ? null : PLACE_NAME.exec(text);
    if (!name) {
      // Let the character before `start` open the next match ("город, улица Ленина").
      PLACE.lastIndex = Math.max(m.index + 1, start - 1);
      continue;
    }
    const end = start + name[0].trimEnd().length;
    out.push({ type: KEEP, start, end, key: '', priority: STREET_PRIORITY });
    PLACE.lastIndex = end;
  }
}
