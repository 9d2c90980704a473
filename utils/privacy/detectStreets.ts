import { LOWER, UPPER } from './letters';
import { KEEP, type PiiCandidate } from './piiTypes';

/** Place names outrank names found by cue or shape ("ул. Зои Космодемьянской"), not known names. */
export const STREET_PRIORITY = 2.5;

// Words that introduce a street, square or settlement, in any case ("Ул.", "УЛИЦА"). A one-letter
// abbreviation ("г.", "ш.") counts only in lower case: "Г. Г." are initials.
// Starts with the character before the word (or the text start), so most positions fail at once.
const PLACE =
  /(^|[^A-Za-zА-яЁё])(?:ул\.|улиц(?:а|е|у|ы|ей)|пр-к?т|просп\.|пр\.|проспект[а-яё]*|пер\.|переул[а-яё]*|б-р|бульвар[а-яё]*|пл\.|площад[а-яё]*|наб\.|набережн[а-яё]*|шоссе|ш\.|проезд[а-яё]*|тупик[а-яё]*|алле[яи]|мкр\.|микрорайон[а-яё]*|им\.|город[а-яё]*|г\.|пос\.|пос[её]л(?:ок|ка|ке)|пгт|деревн[а-яё]*|село|станци[а-яё]*|ст\.|метро)(?![а-яё])[ \u00a0]*/gi;
const CAPITAL_ABBREVIATION = new RegExp(`^[${UPPER}]\\.`);
// The place's name: capitalised words and initials ("А. С. Пушкина", "Розы Люксембург").
const PLACE_NAME = new RegExp(
  `(?:[${UPPER}]\\.[ \\u00a0]?|[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?(?: (?=[${UPPER}]))?){1,4}`,
  'y',
);

/**
 * Place names after "ул.", "проспект", "площадь", "г."…: kept as they are, so a street named
 * after a person ("ул. Зои Космодемьянской", "улица Розы Люксембург") is not taken for a name.
 */
export function detectStreets(text: string, out: PiiCandidate[]): void {
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
