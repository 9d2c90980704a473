import { isLetter } from './letters';
import type { PiiCandidate } from './piiTypes';

// The context word, up to 30 non-digit characters ("паспорта РФ: серия ") on its line or, for a
// label ("Паспорт:", "паспортные данные"), the line after; then series 4 digits ("4510" or
// "45 10"), an optional "№"/"номер"/"number" (also after a comma: "серия 9808, номер 242883"), and the 6-digit number. Without such a word ten digits are
// far more often an order number, so the word is required. The word as customers type it:
// "паспорт", "пасспорт", "паспотр", "пасп.".
const PASSPORT =
  /(?:пасс?п(?:орт|отр)[а-яё]*|пасп\.|серия|серии|passport)[^\d\n]{0,30}?(?:\r?\n[ \t]*)?(?<![\dA-Za-zА-яЁё])(\d{2} ?\d{2})[ \u00a0-]*(?:,?[ \u00a0]*(?:№|номер|ном\.|н\.|number|no\.?|#)[ \u00a0:]*)?(\d{6})(?!\d)/dgi;

export const PASSPORT_PRIORITY = 4;

/** Russian internal passports: series and number, found only after "паспорт", "серия". */
export function detectPassports(text: string, out: PiiCandidate[]): void {
  PASSPORT.lastIndex = 0;
  for (let m = PASSPORT.exec(text); m; m = PASSPORT.exec(text)) {
    if (isLetter(text.charAt(m.index - 1))) continue;
    const series = m[1] ?? '';
    const number = m[2] ?? '';
    const start = m.indices?.[1]?.[0] ?? m.index;
    const end = m.index + m[0].length;
    out.push({
      type: 'PASSPORT',
      start,
      end,
      key: series.replace(/\D/g, '') + number,
      priority: PASSPORT_PRIORITY,
    });
  }
}
